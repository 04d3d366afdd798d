// signature: internal:pipeline:torch.aten.max_pool2d:linalg.pooling.lower:MLIRError:Invalid type:
// mode: pipeline  mutant: 0-588 (packages/torch-mlir-core/test/Lowering/pooling.mlir#5: int_constant)
// torch-mlir-opt --pass-pipeline='builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)' <this file>
func.func @max_pool2d_uint8(%x: !torch.vtensor<[1,3,8,8],ui8>) -> !torch.vtensor<[1,3,4,4],ui8> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int -3
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %d = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %0 = torch.aten.max_pool2d %x, %k, %s, %p, %d, %ceil : !torch.vtensor<[1,3,8,8],ui8>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4,4],ui8>
  return %0 : !torch.vtensor<[1,3,4,4],ui8>
}
