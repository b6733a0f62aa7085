"""Train the sentence-role classifier on training/sentence_roles/*.jsonl and ship its weights."""

import json
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split

from mockinterview.coaching.embeddings import embed
from mockinterview.coaching.roles import ROLES_FILE, features

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "sentence_roles"
TARGET = ROOT / "src/mockinterview/coaching/data" / ROLES_FILE
SEED = 20261129
HELD_OUT = 0.2


def load() -> tuple[list[str], list[str]]:
    """Every labelled sentence, deduplicated."""
    seen: dict[str, str] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                seen.setdefault(row["text"].strip(), row["label"])
    return list(seen), list(seen.values())


def fit(texts: list[str], labels: list[str]) -> LogisticRegression:
    """A multinomial logistic regression on sentence vectors and lexical cues."""
    model = LogisticRegression(C=4.0, max_iter=5000)
    model.fit(features(texts, embed(texts)), labels)
    return model


def main() -> None:
    """Report held-out accuracy per class, then train on everything and save the weights."""
    texts, labels = load()
    print(f"{len(texts)} sentences: {dict(Counter(labels))}")
    train_x, test_x, train_y, test_y = train_test_split(
        texts, labels, test_size=HELD_OUT, random_state=SEED, stratify=labels
    )
    model = fit(train_x, train_y)
    predicted = model.predict(features(test_x, embed(test_x)))
    print(f"held-out ({len(test_x)} sentences, seed {SEED}):")
    print(classification_report(test_y, predicted, digits=3))
    final = fit(texts, labels)
    np.savez_compressed(
        TARGET,
        weights=final.coef_.astype(np.float32),
        bias=final.intercept_.astype(np.float32),
        labels=np.array(final.classes_),
    )
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
