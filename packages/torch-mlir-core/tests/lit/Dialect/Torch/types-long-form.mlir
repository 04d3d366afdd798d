// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Nested Torch types may be written with the full `!torch.` prefix; they are
// the same types as the short form and print in the short form.

// CHECK-LABEL: func.func @long_form(
// CHECK-SAME:    %{{.*}}: !torch.list<int>,
// CHECK-SAME:    %{{.*}}: !torch.optional<vtensor<[2],f32>>,
// CHECK-SAME:    %{{.*}}: !torch.tuple<int, list<float>>,
// CHECK-SAME:    %{{.*}}: !torch.dict<str, tensor>)
func.func @long_form(%a: !torch.list<!torch.int>,
                     %b: !torch.optional<!torch.vtensor<[2],f32>>,
                     %c: !torch.tuple<!torch.int, !torch.list<!torch.float>>,
                     %d: !torch.dict<!torch.str, !torch.tensor>) {
  return
}

// Long and short forms name one type: returning a long-form value as the
// short-form result type verifies.
// CHECK-LABEL: func.func @same_type(
// CHECK-SAME:    %[[ARG:.*]]: !torch.list<optional<int>>) -> !torch.list<optional<int>>
// CHECK-NEXT:    return %[[ARG]] : !torch.list<optional<int>>
func.func @same_type(%a: !torch.list<!torch.optional<!torch.int>>)
    -> !torch.list<optional<int>> {
  return %a : !torch.list<optional<int>>
}
