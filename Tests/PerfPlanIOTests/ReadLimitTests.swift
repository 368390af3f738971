import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanIO
@testable import PerfPlanSystem

/// Issue 19: only regular files are read, sizes are checked before reading, and actuals.csv
/// (streamed, with no size limit) stops at a record that never ends and after too many errors.
@Suite struct ReadLimitTests {
    static func reason(_ path: String, maxBytes: Int? = nil) -> String? {
        do {
            _ = try FileBytes.read(path, maxBytes: maxBytes)
            return nil
        } catch { return error.reason }
    }

    @Test func specialFilesAreRefused() throws {
        #expect(Self.reason("/dev/null") == "is a character device, not a regular file")
        #expect(Self.reason("/tmp") == "is a directory, not a regular file")
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        // Opened non-blocking: no writer, yet no hang.
        #expect(Self.reason(fifo) == "is a FIFO (named pipe), not a regular file")
    }

    @Test func aFileOverItsLimitIsRefusedFromItsSize() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sparse-\(UUID().uuidString)").path
        #expect(creat(path, 0o600) >= 0)
        defer { unlink(path) }
        #expect(truncate(path, off_t(1 << 30)) == 0)  // 1 GiB of holes: reading it would take a while
        // The size in the message is the file's stated size: a read would have stopped at the limit
        // and said "grew past", so this message proves the refusal came before any read.
        #expect(Self.reason(path, maxBytes: 1 << 20) == "it is 1073741824 bytes, over the 1 MiB limit for this file")
        #expect(truncate(path, off_t(1 << 20)) == 0)
        #expect(Self.reason(path, maxBytes: 1 << 20) == nil)
    }

    /// A regular file whose size says 0 but that reads on (/proc) is stopped while read.
    @Test func aFileThatReadsPastItsSizeIsStopped() {
        #expect(
            Self.reason("/proc/self/maps", maxBytes: 16)
                == "it grew past the 16 bytes limit for this file while being read")
    }

    @Test func theLoaderLimitsEveryFileButActualsCSV() {
        for name in DatasetLoader.knownFiles {
            #expect(
                DatasetLoader.maxBytes(name) == (name == "actuals.csv" ? nil : InputLimits.wholeFileBytes), "\(name)")
        }
    }

    static let header = "employee_id,indicator_id,period,value\n"

    static func streamed(
        _ bytes: [UInt8], maxRecordBytes: Int = InputLimits.actualsRecordBytes,
        maxErrors: Int = InputLimits.actualsErrors, pieceSize: Int = 64
    ) -> (rows: Int, messages: [String], read: Int) {
        var diags = DiagnosticList()
        var decoders = RecordDecoders()
        var table = ActualsTable()
        let outcome = ActualsCSVReader.read(
            ByteStream(bytes: bytes), file: "actuals.csv", pieceSize: pieceSize,
            maxRecordBytes: maxRecordBytes, maxErrors: maxErrors,
            into: &table, decoders: &decoders, diags: &diags)
        diags.append(contentsOf: decoders.diags.items)
        return (table.count, diags.sorted.map(\.description), outcome.bytesRead)
    }

    @Test(arguments: ["", "\"", "E1,x,2026-01,\"", "E1,x,2026-01,5,\"note\nover lines"])
    func aRecordThatNeverEndsStopsTheRead(_ opening: String) {
        let good = Self.header + "E1,x,2026-01,5\nE1,x,2026-02,6\n"
        let bytes = Array((good + opening).utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        let got = Self.streamed(bytes, maxRecordBytes: 1000)
        #expect(
            got.messages == [
                "actuals.csv:4: this record runs past 1000 bytes without ending (a quoted field never closed, "
                    + "or no line breaks); the rest of the file was not read"
            ])
        #expect(got.rows == 2)
        #expect(got.read < 5000, "read \(got.read) bytes of \(bytes.count)")
    }

    @Test func aFirstLineThatNeverEndsStopsAtLineOne() {
        let bytes = [UInt8](repeating: 0, count: 100_000)
        let got = Self.streamed(bytes, maxRecordBytes: 1000)
        #expect(got.messages.first?.hasPrefix("actuals.csv:1: this record runs past") == true, "\(got.messages)")
        #expect(got.messages.count == 1)
        #expect(got.read < 5000, "read \(got.read) bytes of \(bytes.count)")
    }

    /// Below the limit a long record is read as before: its cell gets the cell's message.
    @Test func aLongRecordWithinTheLimitIsStillRead() {
        let bytes = Array(
            (Self.header + "E1,x,2026-01,5\nE1,x,2026-02," + String(repeating: "7", count: 900) + "\nE1,x,2026-03,8\n")
                .utf8)
        let got = Self.streamed(bytes, maxRecordBytes: 1000, pieceSize: 16)
        #expect(got.rows == 2)
        #expect(got.messages.count == 1 && got.messages[0].hasPrefix("actuals.csv:3: value"), "\(got.messages)")
    }

    @Test func tooManyErrorsStopTheRead() {
        let bytes = Array((Self.header + String(repeating: "E1,x,2026-01,oops\n", count: 5000)).utf8)
        let got = Self.streamed(bytes, maxErrors: 50, pieceSize: 256)
        #expect(got.messages.count < 80, "\(got.messages.count)")
        #expect(
            got.messages.filter { $0.hasSuffix(": more than 50 errors; the rest of the file was not read") }.count == 1,
            "\(got.messages)")
        #expect(got.read < bytes.count / 4, "read \(got.read) bytes of \(bytes.count)")
    }
}
