import PerfPlanIO

/// Feeds arbitrary bytes to the loader as `dataset.json` and as `perfplan.json`.
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = DatasetLoader.load(files: ["dataset.json": .success(bytes)])
    _ = DatasetLoader.load(files: ["perfplan.json": .success(bytes)])
    return 0
}
