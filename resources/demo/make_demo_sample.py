#!/usr/bin/env python3
"""Cuts the embedded demo sample out of the real Large Movie Review Dataset v1.0.

A seeded random sample of 1,000 training and 500 test reviews per class, written in the same
aclImdb layout (file names <id>_<rating>.txt kept) as a reproducible .tar.gz, so the
application reads it with the same code as the full archive.

  /usr/bin/python3 resources/demo/make_demo_sample.py ../shared/data/aclImdb_v1.tar.gz \
      resources/demo/aclImdb_demo.tar.gz
"""
import gzip, io, random, sys, tarfile

PER_CLASS = {"train": 1000, "test": 500}
SEED = 20251128

CITATION = """Demo sample of the Large Movie Review Dataset v1.0, as embedded in Sentiment Lab.

A seeded random sample (seed {seed}) of {train} training and {test} test reviews per class,
cut from aclImdb_v1.tar.gz by resources/demo/make_demo_sample.py. File names keep each review's
id and star rating. The full dataset has 12,500 reviews per class per split.

Andrew L. Maas, Raymond E. Daly, Peter T. Pham, Dan Huang, Andrew Y. Ng, and Christopher Potts.
2011. Learning Word Vectors for Sentiment Analysis. ACL 2011.
https://ai.stanford.edu/~amaas/data/sentiment/
"""


def main(src, dst):
    groups = {}
    with tarfile.open(src) as tar:
        for m in tar:
            parts = m.name.split("/")
            if m.isfile() and len(parts) == 4 and parts[1] in PER_CLASS and parts[2] in ("pos", "neg"):
                groups.setdefault((parts[1], parts[2]), {})[parts[3]] = tar.extractfile(m).read()
    rng = random.Random(SEED)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as out:
        def add(name, data):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 1303862400, 0o644  # the dataset's 2011 date
            out.addfile(info, io.BytesIO(data))
        add("aclImdb/README", CITATION.format(seed=SEED, **PER_CLASS).encode())
        for split in ("train", "test"):
            for label in ("neg", "pos"):
                files = groups[(split, label)]
                names = rng.sample(sorted(files), PER_CLASS[split])
                for name in sorted(names, key=lambda n: int(n.split("_")[0])):
                    add(f"aclImdb/{split}/{label}/{name}", files[name])
    with open(dst, "wb") as f:
        f.write(gzip.compress(raw.getvalue(), compresslevel=9, mtime=0))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
