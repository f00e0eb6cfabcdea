using System.ComponentModel.DataAnnotations;

namespace Minutes.Ingestion;

/// <summary>Settings of the "Ingest" section of appsettings.json. Relative paths are resolved against the repository root.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingest";

    /// <summary>Folders of minutes to index. Default: the bundled samples. <c>Ingest__Sources__0=/some/dir</c> replaces it.</summary>
    [Required, MinLength(1)]
    public List<string> Sources { get; set; } = [];

    /// <summary>The Danish word list (Debian package wdanish). Default /usr/share/dict/danish.</summary>
    [Required]
    public string WordListPath { get; set; } = "/usr/share/dict/danish";

    /// <value>Default 50.</value>
    [Range(1, 1024)]
    public int MaxFileSizeMb { get; set; } = 50;

    /// <summary>Longest time one file may take to read and parse, OCR included. Default 300 s.</summary>
    [Range(5, 3600)]
    public int FileTimeoutSeconds { get; set; } = 300;
}
