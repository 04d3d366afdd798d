"""Ops the Torch dialect does not define are imported as torch's
decomposition of them (when torch._decomp has one), by export_and_import and
by the torch.compile backend, instead of being reported as unknown."""

import torch

import torch_mlir_fx
from torch_mlir_core.passes.missing_op_decompositions import missing_op_decompositions


def _dist(a, b):
    return torch.dist(a, b, 3.0)


def _ldexp(a, e):
    return torch.ldexp(a, e)


def test_only_ops_the_dialect_lacks_are_in_the_table():
    table = {str(op) for op in missing_op_decompositions()}
    assert "aten.dist.default" in table and "aten.ldexp.Tensor" in table
    # The dialect defines these: their lowering rules handle them.
    assert "aten.addmm.default" not in table and "aten.gelu.default" not in table


def test_in_place_refs_into_prims_are_left_out():
    # torch._refs' sigmoid_/tanh_/add_ rewrite into prims nothing lowers;
    # lstm's decomposition calls sigmoid_ (torch-decompose functionalizes it).
    table = {str(op) for op in missing_op_decompositions()}
    assert not {"aten.sigmoid_.default", "aten.tanh_.default", "aten.add_.Tensor"} & table


def test_raw_import_has_the_decomposition_not_an_unknown_op():
    a, b = torch.randn(4, 5), torch.randn(4, 5)
    text = str(torch_mlir_fx.export_and_import(_dist, a, b, output_type="raw"))
    assert "torch.operator" not in text and "aten.dist" not in text, text
    assert "torch.aten.pow.Tensor_Scalar" in text or "torch.aten.linalg_vector_norm" in text


def test_decomposed_ops_match_eager_on_the_refbackend():
    import torch_mlir_refbackend

    a, b = torch.randn(4, 5), torch.randn(4, 5)
    e = torch.randint(-3, 4, (4, 5))
    for fn, args in ((_dist, (a, b)), (_ldexp, (a, e))):
        module = torch_mlir_fx.export_and_import(fn, *args, output_type="linalg-on-tensors")
        got = torch_mlir_refbackend.compile(module).main(*args)
        torch.testing.assert_close(got, fn(*args))


def test_compile_backend_decomposes_them_too():
    a, b = torch.randn(3, 6), torch.randn(3, 6)
    compiled = torch.compile(_dist, backend=torch_mlir_fx.backend(), fullgraph=True)
    torch.testing.assert_close(compiled(a, b), _dist(a, b))


def test_an_explicit_table_is_used_as_given():
    a, b = torch.randn(4, 5), torch.randn(4, 5)
    text = str(torch_mlir_fx.export_and_import(_dist, a, b, output_type="raw",
                                               decomposition_table={}))
    assert 'torch.operator "aten.dist"' in text, text


def test_decompositions_torch_registers_wrongly_are_left_out():
    # torch registers torch._refs' hinge_embedding_loss (reduction as a string)
    # for the aten op (reduction as an int): calling it always raises.
    import torch_mlir_refbackend

    table = {str(op) for op in missing_op_decompositions()}
    assert "aten.hinge_embedding_loss.default" not in table

    def loss(a, b):
        return torch.nn.functional.hinge_embedding_loss(a, b, margin=0.5)

    a, b = torch.randn(6), torch.sign(torch.randn(6))
    module = torch_mlir_fx.export_and_import(loss, a, b, output_type="linalg-on-tensors")
    torch.testing.assert_close(torch_mlir_refbackend.compile(module).main(a, b), loss(a, b))


def test_a_decomposition_export_cannot_trace_falls_back_to_torchs_table(monkeypatch):
    import torch_mlir_fx.api as api

    def broken(*args, **kwargs):
        raise AssertionError("torch's decomposition failed")

    def table():
        t = torch.export.default_decompositions()
        t[torch.ops.aten.dist.default] = broken
        return t

    monkeypatch.setattr(api, "default_decompositions", table)
    a, b = torch.randn(4, 5), torch.randn(4, 5)
    text = str(torch_mlir_fx.export_and_import(_dist, a, b, output_type="raw"))
    assert 'torch.operator "aten.dist"' in text, text
