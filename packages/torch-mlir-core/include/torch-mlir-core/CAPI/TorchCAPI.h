//===- TorchCAPI.h - C API of the Torch dialect ---------------------------===//
//
// The only interface between the RTTI-free dialect library and the nanobind
// module: plain C over the MLIR C API handles.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_MLIR_CORE_CAPI_TORCHCAPI_H
#define TORCH_MLIR_CORE_CAPI_TORCHCAPI_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Torch, torch);

/// Parses `source` as a module whose buffer is named `sourceName` (so
/// locations read `name:line:col`). Returns a null module on failure, after
/// emitting the diagnostics to the context's handlers.
MlirModule torchMlirParseModule(MlirContext context, MlirStringRef source,
                                MlirStringRef sourceName);

/// Tensor types. `rank` < 0 means unranked; a size of -1 is unknown. A null
/// `dtype` means unknown dtype.
bool torchMlirTypeIsAValueTensor(MlirType t);
bool torchMlirTypeIsANonValueTensor(MlirType t);
MlirType torchMlirValueTensorTypeGet(MlirContext ctx, intptr_t rank,
                                     const int64_t *sizes, MlirType dtype);
MlirType torchMlirNonValueTensorTypeGet(MlirContext ctx, intptr_t rank,
                                        const int64_t *sizes, MlirType dtype);
/// Rank of a tensor type, or -1 when unranked.
intptr_t torchMlirTensorTypeGetRank(MlirType t);
const int64_t *torchMlirTensorTypeGetSizes(MlirType t);
/// Null type when the dtype is unknown.
MlirType torchMlirTensorTypeGetDtype(MlirType t);
/// Null type if the tensor type is unranked or dtype-less.
MlirType torchMlirTensorTypeToBuiltinTensor(MlirType t);
MlirType torchMlirTensorTypeWithValueSemantics(MlirType t);
MlirType torchMlirTensorTypeWithoutValueSemantics(MlirType t);

/// Containers.
bool torchMlirTypeIsAList(MlirType t);
MlirType torchMlirListTypeGet(MlirType containedType);
bool torchMlirTypeIsAOptional(MlirType t);
MlirType torchMlirOptionalTypeGet(MlirType containedType);
/// Element type of a list or optional type.
MlirType torchMlirContainerTypeGetContained(MlirType t);
bool torchMlirTypeIsATuple(MlirType t);
MlirType torchMlirTupleTypeGet(MlirContext ctx, intptr_t n,
                               const MlirType *elements);
bool torchMlirTypeIsAUnion(MlirType t);
MlirType torchMlirUnionTypeGet(MlirContext ctx, intptr_t n,
                               const MlirType *elements);
/// Element count and element `pos` of a tuple or union type.
intptr_t torchMlirTupleLikeTypeGetNumElements(MlirType t);
MlirType torchMlirTupleLikeTypeGetElement(MlirType t, intptr_t pos);
bool torchMlirTypeIsADict(MlirType t);
MlirType torchMlirDictTypeGet(MlirType keyType, MlirType valueType);
MlirType torchMlirDictTypeGetKey(MlirType t);
MlirType torchMlirDictTypeGetValue(MlirType t);
MlirType torchMlirNnModuleTypeGet(MlirContext ctx, MlirStringRef className);

/// Leaf types by mnemonic: "int", "float", "bool", "str", "none", "number",
/// "Device", "Generator", "any", "LinearParams", "qint8", "quint8", "qint32",
/// "quint4x2", "quint2x4". Null type for an unknown mnemonic.
MlirType torchMlirLeafTypeGet(MlirContext ctx, MlirStringRef mnemonic);
/// !torch.packed<"name">.
MlirType torchMlirPackedDtypeTypeGet(MlirContext ctx, MlirStringRef name);

/// TypeIDs, so Python can downcast `Value.type` to the matching class.
MlirTypeID torchMlirValueTensorTypeGetTypeID(void);
MlirTypeID torchMlirNonValueTensorTypeGetTypeID(void);
MlirTypeID torchMlirListTypeGetTypeID(void);
MlirTypeID torchMlirOptionalTypeGetTypeID(void);
MlirTypeID torchMlirTupleTypeGetTypeID(void);
MlirTypeID torchMlirDictTypeGetTypeID(void);

bool torchMlirTypeIsValidDtype(MlirType t);
bool torchMlirTypeIsATorchType(MlirType t);

/// The dense resource `attr` (a DenseResourceElementsAttr) seen as `type`: the
/// same blob handle, no copy. (Re-parsing `dense_resource<key>` would instead
/// declare a new, empty resource `key_1`.) Null if `attr` is not a dense
/// resource or `type` is not shaped.
MlirAttribute torchMlirDenseResourceElementsAttrRetype(MlirAttribute attr,
                                                       MlirType type);

/// The bytes of the blob of the dense resource `attr`, without a copy: false if
/// `attr` is not a DenseResourceElementsAttr or its blob is missing (a key
/// declared without data). The bytes live as long as the context's blob.
bool torchMlirDenseResourceElementsAttrGetData(MlirAttribute attr,
                                               const void **data,
                                               intptr_t *size);

#ifdef __cplusplus
}
#endif

#endif
