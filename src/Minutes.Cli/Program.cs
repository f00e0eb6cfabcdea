using System.CommandLine;
using Minutes.Cli.Commands;

var root = new RootCommand("minutes: ingest, index, search and ask Danish meeting minutes")
{
    ParseCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    AskCommand.Create(),
    EvalCommand.Create(),
    EvalStructureCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
