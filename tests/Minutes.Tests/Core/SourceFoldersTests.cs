using Minutes.Core;

namespace Minutes.Tests.Core;

/// <summary>The one folder walk and its policy: what lies outside the source folders' real paths is neither indexed nor served.</summary>
public sealed class SourceFoldersTests : IDisposable
{
    private static readonly string[] Extensions = [".txt", ".pdf", ".docx", ".html", ".htm", ".json"];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "minutes-source-folders", Guid.NewGuid().ToString("N"));

    public SourceFoldersTests()
    {
        Directory.CreateDirectory(Sources);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Sources, "referat.txt"), "Referat");
        File.WriteAllText(Path.Combine(Outside, "hemmelig.txt"), "Ikke en kilde");
    }

    private string Sources => Path.Combine(_root, "sources");

    private string Outside => Path.Combine(_root, "outside");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void AFileLinkedToEtcPasswdUnderATxtNameIsNeitherFoundNorServable()
    {
        var link = Path.Combine(Sources, "passwd.txt");
        File.CreateSymbolicLink(link, "/etc/passwd");

        var scan = SourceFolders.Scan([Sources], Extensions);

        Assert.Equal([Path.Combine(Sources, "referat.txt")], scan.Files);
        Assert.False(SourceFolders.Contains([Sources], link));
    }

    [Fact]
    public void AFolderLinkedToAPlaceOutsideTheSourcesIsNotWalkedAndItsFilesAreNotServable()
    {
        var linked = Path.Combine(Sources, "linked");
        Directory.CreateSymbolicLink(linked, Outside);

        var scan = SourceFolders.Scan([Sources], Extensions);

        Assert.DoesNotContain(scan.Files, f => f.Contains("hemmelig", StringComparison.Ordinal));
        Assert.False(SourceFolders.Contains([Sources], Path.Combine(linked, "hemmelig.txt")));
        Assert.True(SourceFolders.Contains([Sources], Path.Combine(Sources, "referat.txt")));
    }

    [Fact]
    public void ALinkBetweenSourceFoldersIsFollowed()
    {
        var second = Path.Combine(_root, "second");
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(second, "dagsorden.txt"), "Dagsorden");
        Directory.CreateSymbolicLink(Path.Combine(Sources, "andet"), second);

        var scan = SourceFolders.Scan([Sources, second], Extensions);

        Assert.Contains(Path.Combine(Sources, "andet", "dagsorden.txt"), scan.Files);
        Assert.True(SourceFolders.Contains([Sources, second], Path.Combine(Sources, "andet", "dagsorden.txt")));
    }

    [Fact]
    public void DotFilesAndDotFoldersAreSkippedByTheWalkAndNotServed()
    {
        File.WriteAllText(Path.Combine(Sources, ".referat.txt.partial.txt"), "halvt");
        Directory.CreateDirectory(Path.Combine(Sources, ".git"));
        File.WriteAllText(Path.Combine(Sources, ".git", "noter.txt"), "git");

        var scan = SourceFolders.Scan([Sources], Extensions);

        Assert.Equal([Path.Combine(Sources, "referat.txt")], scan.Files);
        Assert.False(SourceFolders.Contains([Sources], Path.Combine(Sources, ".git", "noter.txt")));
    }

    [Fact]
    public void OnlyTheExtensionsGivenAreFoundAndAMissingFolderIsReportedNotWalked()
    {
        File.WriteAllText(Path.Combine(Sources, "moede.json"), "{}");
        File.WriteAllText(Path.Combine(Sources, "billede.png"), "png");
        var missing = Path.Combine(_root, "gone");

        var scan = SourceFolders.Scan([Sources, missing], [".json"]);

        Assert.Equal([Path.Combine(Sources, "moede.json")], scan.Files);
        Assert.Equal([missing], scan.MissingFolders);
    }
}
