# RUN: %python %s | FileCheck %s
# Lists (built, appended to, indexed), tuples, dicts and optionals.

from typing import Dict, List, Optional, Tuple

import torch

import torch_mlir_torchscript


@torch.jit.script
def containers(x: torch.Tensor, scale: Optional[float],
               d: Dict[str, torch.Tensor]) -> Tuple[torch.Tensor, int, List[int],
                                                     Dict[int, int]]:
    sizes: List[int] = [x.size(0), 2]
    sizes.append(3)
    y = x * scale if scale is not None else x
    return y + d["bias"], sizes[1], sizes, {1: 10, 2: 20}


print(torch_mlir_torchscript.compile(containers, (torch.randn(4),), output_type="raw"))

# CHECK-LABEL: func.func @forward(%arg0: !torch.tensor<[4],f32>, %arg1: !torch.optional<float>, %arg2: !torch.dict<str, tensor>) -> !torch.tuple<tensor, int, list<int>, dict<int, int>>
# CHECK-DAG: %[[C1:.*]] = torch.constant.int 1{{$}}
# CHECK-DAG: %[[C2:.*]] = torch.constant.int 2{{$}}
# CHECK-DAG: %[[C10:.*]] = torch.constant.int 10{{$}}
# CHECK-DAG: %[[C20:.*]] = torch.constant.int 20{{$}}
# CHECK:     %[[SIZES:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:     torch.aten.append.t %[[SIZES]], %{{.*}} : !torch.list<int>, !torch.int -> !torch.list<int>
# CHECK:     %[[ISNONE:.*]] = torch.aten.__isnot__ %arg1, %{{.*}} : !torch.optional<float>, !torch.none -> !torch.bool
# CHECK:     torch.prim.If %[[ISNONE]] -> (!torch.tensor)
# CHECK:       %[[SCALE:.*]] = torch.prim.unchecked_cast %arg1 : !torch.optional<float> -> !torch.float
# CHECK:       torch.aten.mul.Scalar %arg0, %[[SCALE]]
# CHECK:     %[[BIAS:.*]] = torch.aten.__getitem__.Dict_str %arg2, %{{.*}} : !torch.dict<str, tensor>, !torch.str -> !torch.tensor
# CHECK:     %[[ONE:.*]] = torch.aten.__getitem__.t %[[SIZES]], %{{.*}} : !torch.list<int>, !torch.int -> !torch.int
# Keys, then values (TorchScript interleaves them):
# CHECK:     %[[D:.*]] = torch.prim.DictConstruct keys(%[[C1]], %[[C2]] : !torch.int, !torch.int) values(%[[C10]], %[[C20]] : !torch.int, !torch.int) -> !torch.dict<int, int>
# CHECK:     %[[T:.*]] = torch.prim.TupleConstruct %{{.*}}, %[[ONE]], %[[SIZES]], %[[D]] : !torch.tensor, !torch.int, !torch.list<int>, !torch.dict<int, int> -> !torch.tuple<tensor, int, list<int>, dict<int, int>>
# CHECK:     return %[[T]]
