"""Store the vectors of the shipped bank's texts with the package (run after editing the bank)."""

from pathlib import Path

import numpy as np

from mockinterview.coaching.bank_index import (
    VECTORS_FILE,
    bank_texts,
    prompts_digest,
    question_core,
)
from mockinterview.coaching.embeddings import embed

TARGET = Path(__file__).resolve().parents[1] / "src/mockinterview/coaching/data" / VECTORS_FILE


def main() -> None:
    """Embed every prompt and write the vectors (float16) with the prompts' digest."""
    prompts, extra = bank_texts()
    texts = tuple(question_core(p) for p in prompts) + extra
    vectors = embed(list(texts)).astype(np.float16)
    np.savez_compressed(TARGET, vectors=vectors, digest=np.array(prompts_digest(texts)))
    print(f"wrote {len(texts)} vectors ({len(prompts)} questions) to {TARGET}")


if __name__ == "__main__":
    main()
