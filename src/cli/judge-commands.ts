// Commands of the judge stage (filled by that stage).
import type { Command } from 'commander';

export function registerJudgeCommands(program: Command, _context: { events: Command }): void {
  void program;
}
