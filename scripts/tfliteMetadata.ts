import { Builder } from 'flatbuffers';

/**
 * A TFLite `ModelMetadata` flatbuffer (tensorflow/lite/experimental/support metadata_schema.fbs,
 * identifier M001) that only says how to normalise the image input: MediaPipe Tasks refuse a
 * float32 image input without `NormalizationOptions`.
 */
export function normalizationMetadata(name: string, mean: number, std: number): Uint8Array {
  const builder = new Builder(512);
  const floats = (value: number) => {
    builder.startVector(4, 1, 4);
    builder.addFloat32(value);
    return builder.endVector();
  };
  const offsets = (items: number[]) => {
    builder.startVector(4, items.length, 4);
    for (const item of [...items].reverse()) builder.addOffset(item);
    return builder.endVector();
  };

  const meanVector = floats(mean);
  const stdVector = floats(std);
  builder.startObject(2); // NormalizationOptions
  builder.addFieldOffset(0, meanVector, 0);
  builder.addFieldOffset(1, stdVector, 0);
  const normalization = builder.endObject();

  builder.startObject(2); // ProcessUnit
  builder.addFieldInt8(0, 1, 0); // ProcessUnitOptions.NormalizationOptions
  builder.addFieldOffset(1, normalization, 0);
  const processUnit = builder.endObject();
  const processUnits = offsets([processUnit]);

  const tensorName = builder.createString('image');
  builder.startObject(7); // TensorMetadata
  builder.addFieldOffset(0, tensorName, 0);
  builder.addFieldOffset(4, processUnits, 0);
  const inputTensor = builder.endObject();
  const inputTensors = offsets([inputTensor]);

  builder.startObject(10); // SubGraphMetadata
  builder.addFieldOffset(2, inputTensors, 0);
  const subgraph = builder.endObject();
  const subgraphs = offsets([subgraph]);

  const modelName = builder.createString(name);
  const minParserVersion = builder.createString('1.0.0');
  builder.startObject(8); // ModelMetadata
  builder.addFieldOffset(0, modelName, 0);
  builder.addFieldOffset(3, subgraphs, 0);
  builder.addFieldOffset(7, minParserVersion, 0);
  builder.finish(builder.endObject(), 'M001');
  return builder.asUint8Array();
}
