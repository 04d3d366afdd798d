// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// Container types; nested Torch types are printed without `!torch.`.

// CHECK-LABEL: func.func @lists(
// CHECK-SAME:    %{{.*}}: !torch.list<int>,
// CHECK-SAME:    %{{.*}}: !torch.list<vtensor<[2],f32>>,
// CHECK-SAME:    %{{.*}}: !torch.list<tensor>,
// CHECK-SAME:    %{{.*}}: !torch.list<list<float>>)
func.func @lists(%a: !torch.list<int>, %b: !torch.list<vtensor<[2],f32>>,
                 %c: !torch.list<tensor>, %d: !torch.list<list<float>>) {
  return
}

// CHECK-LABEL: func.func @optionals(
// CHECK-SAME:    %{{.*}}: !torch.optional<int>,
// CHECK-SAME:    %{{.*}}: !torch.optional<vtensor>,
// CHECK-SAME:    %{{.*}}: !torch.list<optional<int>>,
// CHECK-SAME:    %{{.*}}: !torch.optional<list<int>>)
func.func @optionals(%a: !torch.optional<int>, %b: !torch.optional<vtensor>,
                     %c: !torch.list<optional<int>>,
                     %d: !torch.optional<list<int>>) {
  return
}

// CHECK-LABEL: func.func @tuples(
// CHECK-SAME:    %{{.*}}: !torch.tuple<>,
// CHECK-SAME:    %{{.*}}: !torch.tuple<int>,
// CHECK-SAME:    %{{.*}}: !torch.tuple<int, float, str>,
// CHECK-SAME:    %{{.*}}: !torch.tuple<vtensor<[2],f32>, list<int>>,
// CHECK-SAME:    %{{.*}}: !torch.tuple<tuple<>, tuple<bool>>)
func.func @tuples(%a: !torch.tuple<>, %b: !torch.tuple<int>,
                  %c: !torch.tuple<int, float, str>,
                  %d: !torch.tuple<vtensor<[2],f32>, list<int>>,
                  %e: !torch.tuple<tuple<>, tuple<bool>>) {
  return
}

// CHECK-LABEL: func.func @unions(
// CHECK-SAME:    %{{.*}}: !torch.union<int, float>,
// CHECK-SAME:    %{{.*}}: !torch.union<int, str, none>)
func.func @unions(%a: !torch.union<int, float>,
                  %b: !torch.union<int, str, none>) {
  return
}

// CHECK-LABEL: func.func @dicts(
// CHECK-SAME:    %{{.*}}: !torch.dict<str, vtensor>,
// CHECK-SAME:    %{{.*}}: !torch.dict<int, list<optional<float>>>)
func.func @dicts(%a: !torch.dict<str, vtensor>,
                 %b: !torch.dict<int, list<optional<float>>>) {
  return
}

// CHECK-LABEL: func.func @modules(
// CHECK-SAME:    %{{.*}}: !torch.nn.Module<"__torch__.MyModule">,
// CHECK-SAME:    %{{.*}}: !torch.list<nn.Module<"__torch__.Sub">>)
func.func @modules(%a: !torch.nn.Module<"__torch__.MyModule">,
                   %b: !torch.list<nn.Module<"__torch__.Sub">>) {
  return
}

// Deep nesting mixing every container.
// CHECK-LABEL: func.func @deeply_nested(
// CHECK-SAME:    %{{.*}}: !torch.dict<str, tuple<optional<list<vtensor<[?,3],si64>>>, union<int, none>>>)
func.func @deeply_nested(
    %a: !torch.dict<str, tuple<optional<list<vtensor<[?,3],si64>>>, union<int, none>>>) {
  return
}
