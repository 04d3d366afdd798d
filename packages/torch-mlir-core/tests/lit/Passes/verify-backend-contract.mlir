// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics -torch-verify-backend-contract

// The torch backend contract: value-semantic tensors with known dtype and
// rank, every op defined. Every op that breaks it gets its own error.

// A function that meets it.
func.func @ok(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %0 = torch.aten.relu %arg0 : !torch.vtensor<[?,3],f32> -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

// expected-error @below {{argument: non-value tensor !torch.tensor<[2],f32> (value semantics are required)}}
func.func @mutable_arg(%arg0: !torch.tensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  // expected-error @below {{'torch.copy.to_vtensor': non-value tensor}}
  %0 = torch.copy.to_vtensor %arg0 : !torch.tensor<[2],f32> -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}
// expected-error @unknown {{2 op(s) break the torch backend contract; run torch-maximize-value-semantics first (torch-backend-pipeline does)}}

// -----

func.func @unknowns(%arg0: !torch.vtensor<[2],f32>) -> (!torch.vtensor, !torch.list<vtensor>) {
  // expected-error @below {{'torch.tensor_static_info_cast': tensor !torch.vtensor has no known dtype}}
  %0 = torch.tensor_static_info_cast %arg0 : !torch.vtensor<[2],f32> to !torch.vtensor
  // expected-error @below {{unsupported op 'aten.frobnicate': the Torch dialect has no op for it}}
  %1 = torch.operator "aten.frobnicate"(%arg0) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
  // Uses a reported op's result: not reported again.
  %2 = torch.prim.ListConstruct %0 : (!torch.vtensor) -> !torch.list<vtensor>
  // expected-error @below {{'torch.aten.abs': tensor !torch.vtensor<[2],unk> has no known dtype}}
  %3 = torch.aten.abs %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],unk>
  return %0, %2 : !torch.vtensor, !torch.list<vtensor>
}
// expected-error @unknown {{3 op(s) break the torch backend contract}}

// -----

// An op an earlier pass reported (marked torch.unsupported) and the ops
// using its results are not reported again.
func.func @reported_before(%arg0: !torch.vtensor<[2],f32>) -> !torch.vtensor {
  %0 = torch.operator "aten.frobnicate"(%arg0) {torch.unsupported} : (!torch.vtensor<[2],f32>) -> !torch.vtensor
  %1 = torch.aten.relu %0 : !torch.vtensor -> !torch.vtensor
  return %1 : !torch.vtensor
}

// -----

// Container element types are not held to the contract (frontends type
// tensor lists as !torch.list<vtensor>); the tensors in them are.
func.func @list_of_known_tensors(%a: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[4,3],f32> {
  %int0 = torch.constant.int 0
  %list = torch.prim.ListConstruct %a, %a : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) -> !torch.list<vtensor>
  %0 = torch.aten.cat %list, %int0 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[4,3],f32>
  return %0 : !torch.vtensor<[4,3],f32>
}
