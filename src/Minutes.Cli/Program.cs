using System.CommandLine;
using Minutes.Cli.Commands;

var root = new RootCommand("minutes: ingest, index and search Danish meeting minutes")
{
    ParseCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    EvalCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
