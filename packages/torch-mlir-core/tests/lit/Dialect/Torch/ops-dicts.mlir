// RUN: torch-mlir-opt %s -split-input-file | torch-mlir-opt -split-input-file | FileCheck %s

// prim.DictConstruct: keys and values pair up by position.

// CHECK-LABEL: func.func @dict_construct(
// CHECK:         torch.prim.DictConstruct keys(%{{.*}}, %{{.*}} : !torch.str, !torch.str) values(%{{.*}}, %{{.*}} : !torch.vtensor<[2],f32>, !torch.vtensor) -> !torch.dict<str, vtensor>
// CHECK:         torch.prim.DictConstruct keys() values() -> !torch.dict<int, float>
func.func @dict_construct(%a: !torch.vtensor<[2],f32>, %b: !torch.vtensor) -> (!torch.dict<str, vtensor>, !torch.dict<int, float>) {
  %ka = torch.constant.str "a"
  %kb = torch.constant.str "b"
  %0 = torch.prim.DictConstruct keys(%ka, %kb : !torch.str, !torch.str) values(%a, %b : !torch.vtensor<[2],f32>, !torch.vtensor) -> !torch.dict<str, vtensor>
  %1 = torch.prim.DictConstruct keys() values() -> !torch.dict<int, float>
  return %0, %1 : !torch.dict<str, vtensor>, !torch.dict<int, float>
}
