// Commands of the code stage (filled by that stage).
import type { Command } from 'commander';

export function registerCodeCommands(program: Command): void {
  void program;
}
