#!/usr/bin/env python3
"""Runs lupdate over the GUI sources and the core's message templates, then finishes the English file (the source language: each
translation is its source text; plurals get English singular and plural forms). The Korean file
keeps new strings as "unfinished" until someone translates them (Qt Linguist, or by hand): the
test translations.Complete fails until then.

    translations/update.py
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ts = [os.path.join(root, "translations", f"sentiment-lab_{lang}.ts") for lang in ("en", "ko")]
sys.path.insert(0, os.path.join(root, "translations"))
import sources  # noqa: E402

lupdate = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
run = subprocess.run(sources.lupdate_command(lupdate, root, ts), cwd=root, capture_output=True, text=True)
print(sources.quiet(run.stdout + run.stderr), file=sys.stderr)
run.check_returncode()

tree = ET.parse(ts[0])
changed = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text or ""
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        singular = re.sub(r"\((\w+)\)", "", source)       # "%n warning(s)" -> "%n warning"
        plural = re.sub(r"\((\w+)\)", r"\1", source)      # -> "%n warnings"
        for old in list(translation):  # lupdate leaves empty forms
            translation.remove(old)
        translation.text = None
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    changed += 1
ET.indent(tree, space="    ")
with open(ts[0], "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8")
    out.write(b"\n")
print(f"English: {changed} new entries finished", file=sys.stderr)
