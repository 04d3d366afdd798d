"""The fast recipe's tile sizes (`_codegen._tile_sizes`) for the host's vector
registers; the code they give is checked against torch in test_constructs."""

from torch_mlir_refbackend import _codegen


def test_register_tile_rows_follow_the_vector_registers(monkeypatch):
    """(rm, rn) of the register tile: 8 rows x 2 vectors with AVX-512's 32
    registers; with AVX2's 16, 4 rows, unless B's rows are a multiple of 4 KiB
    apart (n = 1024 f32, 512 f64); the cache tile's rows stay a multiple."""
    monkeypatch.setattr(_codegen, "vector_bits", lambda: 512)
    assert _codegen._tile_sizes(512, 512, 512, "f32")[:2] == (8, 32)
    assert _codegen._tile_sizes(64, 768, 256, "f32")[:2] == (8, 32)
    monkeypatch.setattr(_codegen, "vector_bits", lambda: 256)
    assert _codegen._tile_sizes(512, 512, 512, "f32")[:2] == (4, 16)
    assert _codegen._tile_sizes(64, 768, 256, "f32")[:2] == (4, 16)
    assert _codegen._tile_sizes(1024, 1024, 1024, "f32")[:2] == (8, 16)
    assert _codegen._tile_sizes(128, 2048, 256, "f32")[:2] == (8, 16)
    assert _codegen._tile_sizes(64, 512, 64, "f64")[:2] == (8, 8)
    assert _codegen._tile_sizes(64, 256, 64, "f64")[:2] == (4, 8)
    rm, _, _, mt, _, _ = _codegen._tile_sizes(336, 144, 132, "f32")
    assert rm == 4 and mt % rm == 0
