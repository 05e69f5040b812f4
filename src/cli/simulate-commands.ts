// Commands of the simulate stage (filled by that stage).
import type { Command } from 'commander';

export function registerSimulateCommands(program: Command): void {
  void program;
}
