#!/usr/bin/env python3
"""translations.Complete: every user-visible string of the GUI goes through tr(), and every
entry of the English and Korean .ts files is finished and current.

1. lupdate is run over today's sources into copies of the .ts files: a string that is new (not
   yet in the files), unfinished, or whose placeholders (%1, %n ...) differ from its source fails.
2. Visible strings that bypass tr(): a literal with words in it, passed to a setter or widget
   that shows text (setText, setToolTip, QLabel, addAction ...), fails unless its line says
   `// untranslated: why`.

    tests/translations/check_translations.py SOURCE_ROOT [LUPDATE]
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

root = sys.argv[1]
lupdate = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/qt6/bin/lupdate"
problems = []

sys.path.insert(0, os.path.join(root, "translations"))
import sources as lists  # noqa: E402

sources = lists.gui_sources(root)
placeholders = lambda s: sorted(re.findall(r"%L?\d+|%n", s or ""))

with tempfile.TemporaryDirectory() as tmp:
    copies = []
    for lang in ("en", "ko"):
        src = os.path.join(root, "translations", f"sentiment-lab_{lang}.ts")
        copy = os.path.join(tmp, os.path.basename(src))
        shutil.copy(src, copy)
        copies.append((lang, copy))
    subprocess.run(lists.lupdate_command(lupdate, root, [c for _, c in copies]), check=True, capture_output=True)
    for lang, copy in copies:
        count = 0
        for context in ET.parse(copy).getroot().iter("context"):
            name = context.find("name").text
            for message in context.iter("message"):
                count += 1
                source = message.find("source").text or ""
                translation = message.find("translation")
                where = f"{lang}: {name}: {source!r}"
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    problems.append(f"{where} is {translation.get('type')} (translations/update.py, then translate it)")
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text or ""]
                if not all(forms):
                    problems.append(f"{where} has an empty translation")
                for form in forms:
                    if message.get("numerus") != "yes" and placeholders(form) != placeholders(source):
                        problems.append(f"{where}: placeholders of {form!r} differ from the source")
        print(f"{lang}: {count} entries")

visible = re.compile(
    r"\b(setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|setTitle|addItem|addTab|"
    r"setLabel|setFormat|addAction|addMenu|information|warning|question|critical|about|setHorizontalHeaderLabels|"
    r"setVerticalHeaderLabels|QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction)\s*\(([^;]*)")
literal = re.compile(r'(?<![A-Za-z_])(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString)?\(?"((?:[^"\\]|\\.)*)"')
for path in sources:
    if path.endswith("main.cpp"):
        continue  # command-line help of the GUI program stays English, like the CLI
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if "untranslated:" in line:
            continue
        for match in visible.finditer(line):
            args = match.group(2)
            for lit in literal.finditer(args):
                text = lit.group(1)
                start = lit.start()
                before = args[max(0, start - 4):start]
                if "tr(" in before or re.search(r"tr\(\s*$", args[:start]):
                    continue
                words = re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]*>|&\w+;|%\w|\\.", " ", text))
                # Words for people: a space between them, or a capitalised word ("Start"); lower-case
                # identifiers ("lstm", "png") are data, not text.
                if words and (" " in text.strip() or re.match(r"[A-Z][a-z]", text)):
                    problems.append(f"{os.path.relpath(path, root)}:{number}: visible text not translatable: \"{text}\"")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("translations: complete")
