// signature: internal:pipeline:torch.aten.conv_transpose2d.input:linalg.conv.conv_transpose:ZeroDivisionError:integer division or modulo by zero
// mode: pipeline  mutant: 1-1504 (packages/torch-mlir-core/test/Lowering/conv.mlir#15: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @conv_transpose2d_input(%x: !torch.vtensor<[2,3,4,4],f32>, %w: !torch.vtensor<[3,5,3,3],f32>) -> !torch.vtensor<[2,5,10,10],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %op = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %0 = torch.aten.conv_transpose2d.input %x, %w, %none, %s, %p, %op, %c1, %d : !torch.vtensor<[2,3,4,4],f32>, !torch.vtensor<[3,5,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.int, !torch.list<int> -> !torch.vtensor<[2,5,10,10],f32>
  return %0 : !torch.vtensor<[2,5,10,10],f32>
}
