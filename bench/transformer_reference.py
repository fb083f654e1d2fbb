#!/usr/bin/env python3
"""The speed and accuracy peer of Sentiment Lab's `transformer` preset, in plain PyTorch.

The same experiment as `sentiment-lab-cli train --preset transformer` on IMDb: the lecture's data
handling (../shared/bench/seed_reference.py: its reader, tokenizer, 70/30 split, 25,000 most
frequent words and BucketIterator-like batches of 64), reviews cut to --max-length tokens keeping
a quarter of the start and the rest of the end, and `nn.TransformerEncoder` of the preset's shape:
width 100, 4 heads, feed-forward 400 with GELU, pre-norm with a final LayerNorm, dropout 0.1, a
[CLS] vector and learned positions, padding masked; AdamW (lr 5e-4, weight decay 0.01), 10 %
linear warm-up then cosine decay, gradients clipped to norm 1. `--autocast bf16` runs the forward
pass and the loss under torch.autocast("cpu", bfloat16), as the best plain PyTorch would on a CPU
with AVX-512 BF16.

  .torch2/bin/python bench/transformer_reference.py --data ../shared/data/aclImdb_v1.tar.gz \
      --glove glove.6B.100d.subset.txt --autocast bf16 --epochs 1 --max-batches 40 --no-eval

The last line printed is one JSON object with the timings and accuracies.
"""
import argparse, json, math, os, random, sys, time

import torch
import torch.nn as nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "bench"))
import seed_reference as lecture  # noqa: E402  (the lecture's data handling, shared)


def cut(tokens, longest):
    """The app's head+tail truncation: a quarter of the start and the rest from the end."""
    if len(tokens) <= longest:
        return tokens
    head = longest // 4
    return tokens[:head] + tokens[len(tokens) - (longest - head):]


class TransformerClassifier(nn.Module):
    def __init__(self, vocab, width, heads, feed_forward, layers, dropout, pad, context):
        super().__init__()
        self.embedding = nn.Embedding(vocab, width, padding_idx=pad)
        self.positions = nn.Embedding(context + 1, width)
        nn.init.normal_(self.positions.weight, std=0.02)
        self.cls = nn.Parameter(torch.randn(width) * 0.02)
        layer = nn.TransformerEncoderLayer(width, heads, feed_forward, dropout, activation="gelu",
                                           batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, norm=nn.LayerNorm(width),
                                             enable_nested_tensor=False)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(width, 1)

    def forward(self, text, lengths):
        x = self.embedding(text.t())  # [batch, time, width]
        batch, time_, width = x.shape
        x = torch.cat([self.cls.view(1, 1, -1).expand(batch, 1, width), x], 1)
        x = self.dropout(x + self.positions.weight[: time_ + 1])
        padding = torch.arange(time_).unsqueeze(0) >= lengths.unsqueeze(1)
        padding = torch.cat([torch.zeros(batch, 1, dtype=torch.bool), padding], 1)
        x = self.encoder(x, src_key_padding_mask=padding)
        return self.fc(self.dropout(x[:, 0]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--glove", help="GloVe text file (word v1 ... v100)")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--max-vocab", type=int, default=25_000)
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--max-batches", type=int, default=0, help="limit training batches per epoch")
    ap.add_argument("--no-eval", action="store_true", help="skip validation and test")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--autocast", choices=["none", "bf16"], default="none")
    a = ap.parse_args()

    lecture.AUTOCAST = torch.bfloat16 if a.autocast == "bf16" else None
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    t0 = time.time()
    raw = lecture.read_imdb(a.data)
    tok = {s: [(cut(lecture.tokenize(t), a.max_length), y) for t, y in raw[s]] for s in raw}
    train = tok["train"][:]
    rng.shuffle(train)
    split = int(len(train) * 0.7)
    train, valid = train[:split], train[split:]
    freq = {}
    for toks, _ in train:
        for w in toks:
            freq[w] = freq.get(w, 0) + 1
    itos = ["<unk>", "<pad>"] + sorted(freq, key=lambda w: (-freq[w], w))[: a.max_vocab]
    stoi = {w: i for i, w in enumerate(itos)}
    num = lambda data: [([stoi.get(w, 0) for w in toks] or [0], y) for toks, y in data]
    train, valid, test = num(train), num(valid), num(tok["test"])
    print(f"examples train {len(train)} valid {len(valid)} test {len(test)} vocab {len(itos)}"
          f" | prep {time.time() - t0:.1f}s", flush=True)

    pad = 1
    model = TransformerClassifier(len(itos), 100, 4, 400, a.layers, 0.1, pad, a.max_length)
    if a.glove:
        w = model.embedding.weight.data
        found = 0
        with open(a.glove, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip().split(" ")
                i = stoi.get(parts[0])
                if i is not None and len(parts) == 101:
                    w[i] = torch.tensor([float(x) for x in parts[1:]])
                    found += 1
        w[pad].zero_()
        print(f"glove vectors found for {found} of {len(itos)} words", flush=True)
    params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"The model has {params:,} trainable parameters", flush=True)

    per_epoch = len(lecture.batches(train, a.batch_size, False, rng))
    if a.max_batches:
        per_epoch = min(per_epoch, a.max_batches)
    total = per_epoch * a.epochs
    warm = math.floor(0.1 * total)
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-4, weight_decay=0.01)

    def rate(step):  # the app's TrainingConfig::learningRateAt
        if step < warm:
            return (step + 1) / warm
        return 0.5 * (1 + math.cos(math.pi * min(1.0, (step - warm) / max(1, total - warm))))

    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, rate)
    criterion = nn.BCEWithLogitsLoss()

    class Clipped:  # the epoch loop's optimizer: clip, step, schedule
        def zero_grad(self):
            optimizer.zero_grad()

        def step(self):
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()

    best, best_state, epochs = float("inf"), None, []
    for epoch in range(a.epochs):
        start = time.time()
        tl, ta, nb, ntok = lecture.run_epoch(model, train, lecture.batches(train, a.batch_size, True, rng),
                                             pad, criterion, Clipped(), a.max_batches)
        t_train = time.time() - start
        vl = va = float("nan")
        if not a.no_eval:
            vl, va, _, _ = lecture.run_epoch(model, valid, lecture.batches(valid, a.batch_size, False, rng),
                                             pad, criterion, None, 0)
            if vl < best:
                best, best_state = vl, {k: v.clone() for k, v in model.state_dict().items()}
        epochs.append(dict(epoch=epoch + 1, train_loss=tl, train_acc=ta, valid_loss=vl, valid_acc=va,
                           seconds=time.time() - start, train_seconds=t_train, train_batches=nb,
                           train_tokens_per_s=ntok / t_train))
        print(f"Epoch {epoch + 1:02} | train {t_train:.1f}s {ntok / t_train:,.0f} tokens/s | "
              f"loss {tl:.3f} acc {ta * 100:.2f}% | valid loss {vl:.3f} acc {va * 100:.2f}%", flush=True)
    result = dict(model="transformer", autocast=a.autocast, torch=torch.__version__, threads=a.threads,
                  params=params, max_length=a.max_length, epochs=epochs)
    if not a.no_eval and best_state is not None:
        model.load_state_dict(best_state)
        test_loss, test_acc, _, _ = lecture.run_epoch(model, test, lecture.batches(test, a.batch_size, False, rng),
                                                      pad, criterion, None, 0)
        print(f"Test Loss: {test_loss:.3f} | Test Acc: {test_acc * 100:.2f}%", flush=True)
        result.update(test_loss=test_loss, test_acc=test_acc)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
