#!/usr/bin/env python3
"""Does a richer ranker than the shipped linear one rank better? Cross-validated by article.

Reads the CSV that `./article-bot train --samples FILE` writes (every candidate's features and label,
exactly what `train` fits) and, for each of the 33 articles, fits a ranker on the other 32 with the
listwise loss of ListwiseTrainer (softmax over the candidates and "no answer", L2 1e-3 on
standardised inputs, each question weighted as in eval/training-sets.properties), then ranks that
article's candidates. It prints, for answerable questions, how often the top candidate (and the top
3) holds the answer, for SQuAD and for the documents, and the questions won and lost against the
linear ranker. Rankers:

  linear     the shipped model's form (without its sign constraints: every passage feature is free)
  products   linear plus ten products of standardised semantic and lexical features
  mlp        linear plus a hidden layer of 8 tanh units (warm-started from the linear fit, seed 0)

It needs Python 3 with numpy and scipy; nothing in the build or CI runs it. The top-candidate figure
is not `train`'s "first offered": the quote chooser may widen or trim the passage it quotes.

  ./article-bot train --samples /tmp/samples.csv
  python3 eval/experiments/ranker_capacity.py /tmp/samples.csv linear products mlp
"""
import csv
import sys

import numpy as np
from scipy.optimize import minimize

L2 = 1e-3
PRODUCTS = [("COS_PASSAGE", "COVERAGE"), ("COS_PASSAGE", "BM25_PASSAGE"), ("COS_PARAGRAPH_MARGIN", "COVERAGE"),
            ("COS_PASSAGE", "TYPE_MATCHED"), ("COVERAGE", "TYPE_MATCHED"), ("COS_PASSAGE", "COS_PASSAGE"),
            ("COVERAGE", "COVERAGE"), ("COS_PASSAGE", "UNMATCHED_MAX"), ("COS_PASSAGE", "NAMES_MISSING"), ("COS_RANK", "BM25_RANK")]
QUESTION_FEATURES = ["MISSING_WORDS", "MISSING_NAMES", "QUESTION_WORDS", "NEGATED", "EXCLUSIVE", "ASKS_ANYTHING", "ASKS_WHY",
                     "CANDIDATES", "ARTICLE_SENTENCES"]


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        data = list(rows)
    # The question's features close every row, in QuestionFeature's order; a changed enum must show here.
    if header[-len(QUESTION_FEATURES):] != QUESTION_FEATURES:
        sys.exit("the CSV's last columns are not the question features this script knows: " + ",".join(header[-len(QUESTION_FEATURES):]))
    col = {name: i for i, name in enumerate(header)}
    q_cols = [col[n] for n in QUESTION_FEATURES]
    f_cols = [i for i in range(col["holds_answer"] + 1, len(header)) if i not in q_cols]
    names = [header[i] for i in f_cols]
    qid = np.array([int(r[0]) for r in data])
    X = np.array([[float(r[i]) for i in f_cols] for r in data])
    Q = np.array([[float(r[i]) for i in q_cols] for r in data])
    pos = np.array([r[col["holds_answer"]] == "1" for r in data])
    starts = np.r_[0, np.nonzero(np.diff(qid))[0] + 1]
    first = [data[i] for i in starts]
    fold = np.array([r[1] + "/" + r[2] for r in first])
    sets = np.array([r[1] for r in first])
    weight = np.array([float(r[4]) for r in first])
    answerable = np.array([r[5] == "1" for r in first])
    return names, X, Q[starts], pos, starts, fold, sets, weight, answerable


def fit(Z, Zq, pos, seg, st, weight, rankable, hidden, init=None, iters=500, seed=0):
    d, k = Z.shape[1], Zq.shape[1]
    total = weight.sum()
    n_params = d + k + 1 + (hidden * d + 2 * hidden if hidden else 0)

    def unpack(t):
        w, v, b, o = t[:d], t[d:d + k], t[d + k], d + k + 1
        if not hidden:
            return w, v, b, None, None, None
        return w, v, b, t[o:o + hidden * d].reshape(d, hidden), t[o + hidden * d:o + hidden * d + hidden], t[o + hidden * d + hidden:]

    reg = np.ones(n_params)
    reg[d + k] = 0
    if hidden:
        reg[d + k + 1 + hidden * d:d + k + 1 + hidden * d + hidden] = 0

    def loss(t):
        w, v, b, W1, b1, a = unpack(t)
        s = Z @ w
        if hidden:
            h = np.tanh(Z @ W1 + b1)
            s = s + h @ a
        none = Zq @ v + b
        m = np.maximum(np.maximum.reduceat(s, st), none)
        e, en = np.exp(s - m[seg]), np.exp(none - m)
        all_ = np.add.reduceat(e, st) + en
        right = np.where(rankable, np.add.reduceat(np.where(pos, e, 0), st), en)
        value = (weight * (np.log(all_) - np.log(right))).sum() / total
        gs = weight[seg] * (e / all_[seg] - np.where(pos & rankable[seg], e / right[seg], 0)) / total
        gn = weight * (en / all_ - np.where(rankable, 0, 1)) / total
        g = np.zeros_like(t)
        g[:d], g[d:d + k], g[d + k] = Z.T @ gs, Zq.T @ gn, gn.sum()
        if hidden:
            o = d + k + 1
            gh = np.outer(gs, a) * (1 - h * h)
            g[o:o + hidden * d] = (Z.T @ gh).ravel()
            g[o + hidden * d:o + hidden * d + hidden] = gh.sum(0)
            g[o + hidden * d + hidden:] = h.T @ gs
        return value + 0.5 * L2 * (reg * t * t).sum(), g + L2 * reg * t

    t0 = np.zeros(n_params)
    if hidden:
        rng = np.random.default_rng(seed)
        o = d + k + 1
        t0[o:o + hidden * d] = rng.normal(0, 0.1, hidden * d)
        t0[o + hidden * d + hidden:] = rng.normal(0, 0.1, hidden)
    if init is not None:
        t0[:d + k + 1] = init
    t = minimize(loss, t0, jac=True, method="L-BFGS-B", options=dict(maxiter=iters)).x
    w, v, b, W1, b1, a = unpack(t)
    return t, (lambda Zn: Zn @ w + (np.tanh(Zn @ W1 + b1) @ a if hidden else 0))


def cross_validate(X, Q, pos, starts, fold, weight, hidden):
    n, S = len(X), len(starts)
    seg_all = np.repeat(np.arange(S), np.diff(np.r_[starts, n]))
    rankable_all = np.zeros(S, bool)
    np.logical_or.at(rankable_all, seg_all, pos)
    scores = np.zeros(n)
    for f in sorted(set(fold)):
        train_q = fold != f
        rows = train_q[seg_all]
        Xs = X[rows]
        mu, sd = Xs.mean(0), Xs.std(0)
        sd[sd == 0] = 1
        q, qmu, qsd = Q[train_q], Q[train_q].mean(0), Q[train_q].std(0)
        qsd[qsd == 0] = 1
        _, seg = np.unique(seg_all[rows], return_inverse=True)
        st = np.r_[0, np.nonzero(np.diff(seg))[0] + 1]
        args = ((Xs - mu) / sd, (q - qmu) / qsd, pos[rows], seg, st, weight[train_q], rankable_all[train_q])
        init = None
        if hidden:
            init, _ = fit(*args, hidden=0)
        _, score = fit(*args, hidden=hidden, init=init, iters=200 if hidden else 500)
        held = ~rows
        scores[held] = score((X[held] - mu) / sd)
    ends = np.r_[starts[1:], n]
    top1 = np.array([pos[a + np.argmax(scores[a:b])] for a, b in zip(starts, ends)])
    top3 = np.array([pos[a + np.argsort(-scores[a:b], kind="stable")[:3]].any() for a, b in zip(starts, ends)])
    return top1, top3


def main():
    path, rankers = sys.argv[1], sys.argv[2:] or ["linear", "products", "mlp"]
    names, X, Q, pos, starts, fold, sets, weight, answerable = load(path)
    index = {name: i for i, name in enumerate(names)}
    squad = (sets == "squad2-dev-train-half") & answerable
    docs = (sets != "squad2-dev-train-half") & answerable
    baseline = None
    for ranker in rankers:
        Xr, hidden = X, 0
        if ranker == "products":
            Z = (X - X.mean(0)) / np.where(X.std(0) == 0, 1, X.std(0))
            Xr = np.concatenate([X, np.stack([Z[:, index[a]] * Z[:, index[b]] for a, b in PRODUCTS], 1)], 1)
        elif ranker == "mlp":
            hidden = 8
        elif ranker != "linear":
            sys.exit("unknown ranker " + ranker + " (linear, products, mlp)")
        top1, top3 = cross_validate(Xr, Q, pos, starts, fold, weight, hidden)
        line = (f"{ranker:9s} SQuAD top-1 {top1[squad].mean():.3f} top-3 {top3[squad].mean():.3f} | "
                f"documents top-1 {top1[docs].mean():.3f} top-3 {top3[docs].mean():.3f}")
        if baseline is None and ranker == "linear":
            baseline = top1
        elif baseline is not None:
            line += (f" | against linear: SQuAD won {(top1 & ~baseline)[squad].sum()} lost {(baseline & ~top1)[squad].sum()}, "
                     f"documents won {(top1 & ~baseline)[docs].sum()} lost {(baseline & ~top1)[docs].sum()}")
        print(line, flush=True)


if __name__ == "__main__":
    main()
