import ArgumentParser

/// The commands `arakit-git` holds, in help order.
package enum GitCommands {
    package static let all: [ParsableCommand.Type] = [
        CaptureCommand.self, RecordCommand.self, PromoteCommand.self, HooksCommand.self,
    ]
}
