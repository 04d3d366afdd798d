// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Value and non-value tensor types: shapes (static, unknown `?`, unranked `*`,
// 0-d `[]`) and dtypes (known, `unk`, absent).

// CHECK-LABEL: func.func @vtensor_static_and_dynamic(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2,?],f32>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[?,?,?],si64>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[1,2,3,4,5],f16>)
func.func @vtensor_static_and_dynamic(%a: !torch.vtensor<[2,?],f32>,
                                      %b: !torch.vtensor<[?,?,?],si64>,
                                      %c: !torch.vtensor<[1, 2, 3, 4, 5], f16>) {
  return
}

// CHECK-LABEL: func.func @vtensor_unranked_and_unknown_dtype(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<*,f32>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[2,3],unk>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor)
func.func @vtensor_unranked_and_unknown_dtype(%a: !torch.vtensor<*,f32>,
                                              %b: !torch.vtensor<[2,3],unk>,
                                              %c: !torch.vtensor) {
  return
}

// An unranked tensor of unknown dtype is the bare type.
// CHECK-LABEL: func.func @unranked_unknown_is_bare(
// CHECK-SAME:    %{{.*}}: !torch.vtensor, %{{.*}}: !torch.tensor)
func.func @unranked_unknown_is_bare(%a: !torch.vtensor<*,unk>,
                                    %b: !torch.tensor<*,unk>) {
  return
}

// CHECK-LABEL: func.func @zero_d(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[],f32>,
// CHECK-SAME:    %{{.*}}: !torch.tensor<[],si64>,
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[],unk>)
func.func @zero_d(%a: !torch.vtensor<[],f32>, %b: !torch.tensor<[],si64>,
                  %c: !torch.vtensor<[],unk>) {
  return
}

// A zero-size dim is a known size, not an unknown one.
// CHECK-LABEL: func.func @zero_size_dim(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[0,3],f32>)
func.func @zero_size_dim(%a: !torch.vtensor<[0,3],f32>) {
  return
}

// `-1` is the unknown size and is printed `?`.
// CHECK-LABEL: func.func @minus_one_is_unknown(
// CHECK-SAME:    %{{.*}}: !torch.vtensor<[?,4],f32>)
func.func @minus_one_is_unknown(%a: !torch.vtensor<[-1,4],f32>) {
  return
}

// CHECK-LABEL: func.func @non_value_tensors(
// CHECK-SAME:    %{{.*}}: !torch.tensor<[2,?],f32>,
// CHECK-SAME:    %{{.*}}: !torch.tensor<*,bf16>,
// CHECK-SAME:    %{{.*}}: !torch.tensor<[4],unk>,
// CHECK-SAME:    %{{.*}}: !torch.tensor)
func.func @non_value_tensors(%a: !torch.tensor<[2,?],f32>,
                             %b: !torch.tensor<*,bf16>,
                             %c: !torch.tensor<[4],unk>, %d: !torch.tensor) {
  return
}

// Tensor types as results, too.
// CHECK-LABEL: func.func @as_result(
// CHECK-SAME:    -> !torch.vtensor<[3],f64>
func.func @as_result(%a: !torch.vtensor<[3],f64>) -> !torch.vtensor<[3],f64> {
  return %a : !torch.vtensor<[3],f64>
}
