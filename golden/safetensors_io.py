"""A small safetensors writer and bfloat16 helpers, in plain numpy.

Used by golden/generate.py so that the generator needs no `safetensors` package.
The format (as src/weights/safetensors.ts reads it):

    [0, 8)        N, the header's byte length, little-endian u64
    [8, 8 + N)    a UTF-8 JSON object {name: {"dtype", "shape", "data_offsets": [begin, end]}, ...,
                  "__metadata__": {str: str}}, padded with spaces to a multiple of 8 bytes
    [8 + N, EOF)  the tensors' bytes back to back, row-major, little-endian

Tensors are written in the order given; readers that keep file order (ours does) see
them in that order, which for activations is the order the forward pass produced them.
"""

import json
import struct

import numpy as np

# The data section starts at a multiple of this (what the format's own library writes).
HEADER_ALIGNMENT = 8

# safetensors dtype name -> numpy dtype of the stored (little-endian) elements.
# BF16 tensors are passed as their raw bits in a uint16 array.
_STORED = {
    "F32": np.dtype("<f4"),
    "BF16": np.dtype("<u2"),
    "I8": np.dtype("i1"),
}


def bf16_round(x):
    """float32 values rounded to the nearest bfloat16 (ties to even), still as float32.

    Finite inputs only (the generator never makes NaN or Inf)."""
    x = np.ascontiguousarray(x, dtype=np.float32)
    if not np.all(np.isfinite(x)):
        raise ValueError("bf16_round: non-finite input")
    bits = x.view(np.uint32).astype(np.uint64)
    # Add half an ulp of bf16 minus one, plus the lowest kept bit: round half to even.
    rounded = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000
    return rounded.astype(np.uint32).view(np.float32).reshape(x.shape)


def bf16_bits(x):
    """The bfloat16 bit patterns of float32 values that are exactly bf16-representable."""
    x = np.ascontiguousarray(x, dtype=np.float32)
    bits = x.view(np.uint32)
    if np.any(bits & 0xFFFF):
        raise ValueError("bf16_bits: values are not bfloat16-representable; round them first")
    return (bits >> 16).astype(np.uint16).reshape(x.shape)


def write_safetensors(path, tensors, metadata=None):
    """Writes `tensors`, a list of (name, dtype tag "F32" | "BF16" | "I8", numpy array), to `path`.

    BF16 arrays hold bit patterns (uint16). `metadata`: optional dict of str -> str."""
    header = {}
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    blobs = []
    offset = 0
    for name, tag, array in tensors:
        if name in header:
            raise ValueError(f"{path}: tensor {name!r} given twice")
        stored = _STORED[tag]
        data = np.ascontiguousarray(array).astype(stored, copy=False)
        if tag == "BF16" and np.asarray(array).dtype != np.uint16:
            raise ValueError(f"{path}: BF16 tensor {name!r} must be given as uint16 bits")
        blob = data.tobytes(order="C")
        header[name] = {
            "dtype": tag,
            "shape": [int(d) for d in data.shape],
            "data_offsets": [offset, offset + len(blob)],
        }
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((-(8 + len(text))) % HEADER_ALIGNMENT)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for blob in blobs:
            f.write(blob)


def read_safetensors(path):
    """Reads a file written by write_safetensors: {name: (tag, numpy array)} in file order.

    Only for the generator's own self-checks."""
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n].decode("utf-8"))
    start = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        data = np.frombuffer(raw[start + begin : start + end], dtype=_STORED[info["dtype"]])
        out[name] = (info["dtype"], data.reshape(info["shape"]))
    return out
