import Dispatch
import Foundation

/// The segments the workers flushed since the last commit, each with the
/// addition sequence number of its articles, and the first write error.
///
/// It also merges them in the background, by the writer's merge policy, while
/// the workers go on analysing: on a large build the segments of one commit
/// interval are merged long before the commit, which otherwise would merge
/// them on one core after the analysis. Only flushed segments are merged
/// here: nothing has deleted from them yet (deletions are applied at the
/// commit), so a merge keeps every article, and its articles' sequences are
/// its inputs' in turn.
final class FlushedSegments: @unchecked Sendable {
    struct Flushed {
        var info: SegmentInfo
        /// By article ordinal: the order in which the writer received it.
        var sequences: [Int]
        /// When it was flushed; a merge takes its first input's place, so
        /// that the commit lists segments in the order they were flushed.
        var order: Int
    }

    private let lock = NSLock()
    private let directory: String
    private let policy: MergePolicy
    private var nextNumber: Int
    private var nextOrder = 0
    /// Flushed or merged, and not being merged.
    private var flushed: [Flushed] = []
    private var failure: Error?
    private let mergeQueue = DispatchQueue(label: "gaceta.merging")
    /// Entered when a merge is scheduled, left when it is done.
    private let merges = DispatchGroup()

    init(directory: String, nextSegmentNumber: Int, policy: MergePolicy) {
        self.directory = directory
        nextNumber = nextSegmentNumber
        self.policy = policy
    }

    var hasFailed: Bool { lock.withLock { failure != nil } }

    /// A segment name no other segment has had; other files numbered from
    /// the same sequence (corpus state files) take their own prefix and suffix.
    func reserveName(prefix: String = "seg-", suffix: String = "") -> String {
        lock.withLock { reserveNameLocked(prefix: prefix, suffix: suffix) }
    }

    private func reserveNameLocked(prefix: String = "seg-", suffix: String = "") -> String {
        defer { nextNumber += 1 }
        return prefix + String(format: "%06d", nextNumber) + suffix
    }

    /// The number the next reserved name will carry.
    var nextSegmentNumber: Int { lock.withLock { nextNumber } }

    func write(_ buffer: SegmentBuffer, sequences: [Int]) {
        let name = reserveName()
        do {
            let info = try SegmentWriter.write(buffer, name: name, directory: directory)
            lock.withLock {
                flushed.append(Flushed(info: info, sequences: sequences, order: nextOrder))
                nextOrder += 1
                scheduleMergeIfDue()
            }
        } catch {
            record(error)
        }
    }

    /// The flushed segments in the order they were flushed, once every merge
    /// has finished; throws the first error any worker or merge met.
    func take() throws -> [Flushed] {
        merges.wait()
        return try lock.withLock {
            if let failure { throw failure }
            let result = flushed.sorted { $0.order < $1.order }
            flushed = []
            return result
        }
    }

    /// Waits for the merges, then forgets what was flushed; its files are
    /// left for the writer to remove.
    func discard() {
        merges.wait()
        lock.withLock { flushed = [] }
    }

    private func record(_ error: Error) {
        lock.withLock { if failure == nil { failure = error } }
    }

    /// Called with the lock held.
    private func scheduleMergeIfDue() {
        guard failure == nil, let names = policy.merge(from: flushed.map(\.info)) else { return }
        let chosen = Set(names)
        let inputs = flushed.filter { chosen.contains($0.info.name) }.sorted { $0.order < $1.order }
        flushed.removeAll { chosen.contains($0.info.name) }
        let name = reserveNameLocked()
        merges.enter()
        mergeQueue.async {
            defer { self.merges.leave() }
            self.merge(inputs, into: name)
        }
    }

    private func merge(_ inputs: [Flushed], into name: String) {
        do {
            let readers = try inputs.map { try SegmentReader(info: $0.info, directory: directory) }
            let info = try SegmentMerger.merge(readers, name: name, directory: directory)
            for file in inputs.flatMap(\.info.recordedFileNames) {
                try? FileManager.default.removeItem(atPath: directory + "/" + file)
            }
            let merged = Flushed(info: info, sequences: inputs.flatMap(\.sequences), order: inputs[0].order)
            lock.withLock {
                flushed.append(merged)
                scheduleMergeIfDue()
            }
            // The merge's passage maps stay resident in this thread's heap otherwise.
            HeapMemory.releaseFreePages()
        } catch {
            record(error)
        }
    }
}
