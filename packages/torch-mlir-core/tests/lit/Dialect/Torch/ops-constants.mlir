// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// CHECK-LABEL: func.func @int_constants()
// CHECK-NEXT:    torch.constant.int 0{{$}}
// CHECK-NEXT:    torch.constant.int 42{{$}}
// CHECK-NEXT:    torch.constant.int -7{{$}}
// CHECK-NEXT:    torch.constant.int 9223372036854775807{{$}}
// CHECK-NEXT:    torch.constant.int -9223372036854775808{{$}}
func.func @int_constants() {
  %0 = torch.constant.int 0
  %1 = torch.constant.int 42
  %2 = torch.constant.int -7
  %3 = torch.constant.int 9223372036854775807
  %4 = torch.constant.int -9223372036854775808
  return
}

// CHECK-LABEL: func.func @float_constants()
// CHECK-NEXT:    torch.constant.float 5.000000e-01{{$}}
// CHECK-NEXT:    torch.constant.float -2.500000e+10{{$}}
// CHECK-NEXT:    torch.constant.float -0.000000e+00{{$}}
// CHECK-NEXT:    torch.constant.float 1.000000e-300{{$}}
// CHECK-NEXT:    torch.constant.float 0x7FF0000000000000{{$}}
// CHECK-NEXT:    torch.constant.float 0x7FF8000000000000{{$}}
func.func @float_constants() {
  %0 = torch.constant.float 0.5
  %1 = torch.constant.float -2.5e10
  %2 = torch.constant.float -0.0
  %3 = torch.constant.float 1.0e-300
  %4 = torch.constant.float 0x7FF0000000000000
  %5 = torch.constant.float 0x7FF8000000000000
  return
}

// CHECK-LABEL: func.func @bool_constants()
// CHECK-NEXT:    torch.constant.bool true{{$}}
// CHECK-NEXT:    torch.constant.bool false{{$}}
func.func @bool_constants() {
  %0 = torch.constant.bool true
  %1 = torch.constant.bool false
  return
}

// CHECK-LABEL: func.func @str_constants()
// CHECK-NEXT:    torch.constant.str "hello"{{$}}
// CHECK-NEXT:    torch.constant.str ""{{$}}
// CHECK-NEXT:    torch.constant.str "a \22quoted\22 line\0A"{{$}}
func.func @str_constants() {
  %0 = torch.constant.str "hello"
  %1 = torch.constant.str ""
  %2 = torch.constant.str "a \"quoted\" line\n"
  return
}

// CHECK-LABEL: func.func @none_and_device()
// CHECK-NEXT:    torch.constant.none{{$}}
// CHECK-NEXT:    torch.constant.device "cpu"{{$}}
// CHECK-NEXT:    torch.constant.device "cuda:0"{{$}}
func.func @none_and_device() {
  %0 = torch.constant.none
  %1 = torch.constant.device "cpu"
  %2 = torch.constant.device "cuda:0"
  return
}

// A number holds an int or a float; the kind is kept.
// CHECK-LABEL: func.func @number_constants()
// CHECK-NEXT:    torch.constant.number 3 : i64{{$}}
// CHECK-NEXT:    torch.constant.number -3 : i64{{$}}
// CHECK-NEXT:    torch.constant.number 2.500000e+00 : f64{{$}}
func.func @number_constants() {
  %0 = torch.constant.number 3
  %1 = torch.constant.number -3 : i64
  %2 = torch.constant.number 2.5
  return
}

// Result types are fixed by the op.
// CHECK-LABEL: func.func @constant_result_types()
// CHECK-SAME:    -> (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none, !torch.Device, !torch.number)
func.func @constant_result_types()
    -> (!torch.int, !torch.float, !torch.bool, !torch.str, !torch.none,
        !torch.Device, !torch.number) {
  %0 = torch.constant.int 1
  %1 = torch.constant.float 1.0
  %2 = torch.constant.bool true
  %3 = torch.constant.str "s"
  %4 = torch.constant.none
  %5 = torch.constant.device "cpu"
  %6 = torch.constant.number 1.0
  return %0, %1, %2, %3, %4, %5, %6 : !torch.int, !torch.float, !torch.bool,
      !torch.str, !torch.none, !torch.Device, !torch.number
}

// Discardable attributes are kept.
// CHECK-LABEL: func.func @constant_with_attrs()
// CHECK-NEXT:    torch.constant.int 3 {note = "x"}{{$}}
func.func @constant_with_attrs() {
  %0 = torch.constant.int 3 {note = "x"}
  return
}

// The int64 limits round-trip.
// CHECK-LABEL: func.func @int64_limits
// CHECK: torch.constant.int 9223372036854775807
// CHECK: torch.constant.int -9223372036854775808
func.func @int64_limits() -> (!torch.int, !torch.int) {
  %max = torch.constant.int 9223372036854775807
  %min = torch.constant.int -9223372036854775808
  return %max, %min : !torch.int, !torch.int
}
