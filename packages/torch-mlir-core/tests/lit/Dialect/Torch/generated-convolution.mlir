// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// aten.convolution takes its int[] arguments as lists built by
// prim.ListConstruct.

// CHECK-LABEL: func.func @convolution(
// CHECK-SAME:    %[[X:.*]]: !torch.vtensor<[1,3,8,8],f32>, %[[W:.*]]: !torch.vtensor<[16,3,3,3],f32>, %[[B:.*]]: !torch.vtensor<[16],f32>)
// CHECK:         %[[STRIDE:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
// CHECK:         %[[PADDING:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
// CHECK:         %[[DILATION:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
// CHECK:         %[[OUTPAD:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
// CHECK:         %[[FALSE:.*]] = torch.constant.bool false
// CHECK:         %[[GROUPS:.*]] = torch.constant.int 1
// CHECK-NEXT:    %[[R:.*]] = torch.aten.convolution %[[X]], %[[W]], %[[B]], %[[STRIDE]], %[[PADDING]], %[[DILATION]], %[[FALSE]], %[[OUTPAD]], %[[GROUPS]]
// CHECK-SAME:      : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.vtensor<[16],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
// CHECK-NEXT:    return %[[R]]
func.func @convolution(%x: !torch.vtensor<[1,3,8,8],f32>, %w: !torch.vtensor<[16,3,3,3],f32>,
                       %b: !torch.vtensor<[16],f32>) -> !torch.vtensor<[1,16,8,8],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %stride = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %dilation = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %output_padding = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %false = torch.constant.bool false
  %groups = torch.constant.int 1
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %dilation, %false, %output_padding, %groups : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.vtensor<[16],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
  return %0 : !torch.vtensor<[1,16,8,8],f32>
}

// Without bias, and with dynamic spatial dims.
// CHECK-LABEL: func.func @convolution_no_bias(
// CHECK:         torch.aten.convolution %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : !torch.vtensor<[?,3,?,?],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,16,?,?],f32>
func.func @convolution_no_bias(%x: !torch.vtensor<[?,3,?,?],f32>, %w: !torch.vtensor<[16,3,3,3],f32>,
                               %l: !torch.list<int>, %groups: !torch.int) {
  %none = torch.constant.none
  %true = torch.constant.bool true
  %0 = torch.aten.convolution %x, %w, %none, %l, %l, %l, %true, %l, %groups : !torch.vtensor<[?,3,?,?],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,16,?,?],f32>
  return
}
