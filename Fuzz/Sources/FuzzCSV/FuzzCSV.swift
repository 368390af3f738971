import PerfPlanIO

/// Feeds arbitrary bytes to the CSV reader, then to the whole loader as `actuals.csv`
/// beside a small valid dataset, so row decoding and cross-row checks are fuzzed too.
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let table = CSVReader.read(bytes)
    for record in table.records { for c in 0..<record.fieldCount { _ = table.field(record, c) } }
    // The files' type comes from `load(files:)`, so this package names no type of the
    // system module (which it does not import).
    _ = DatasetLoader.load(files: [
        "employees.csv": .success(Array("employee_id,name,role,department,manager_id\nM1,A,R,D,\nE1,B,R,D,M1\n".utf8)),
        "indicators.csv": .success(
            Array(
                "indicator_id,name,direction,weight,kind,scale_min,scale_max\ns,S,higher,1,,,\nq,Q,lower,2,qualitative,1,5\n"
                    .utf8)),
        "targets.csv": .success(
            Array("indicator_id,scope,period,target,threshold\ns,*,*,100,\nq,role:R,2026-01..2026-12,2,4\n".utf8)),
        "actuals.csv": .success(bytes),
    ])
    return 0
}
