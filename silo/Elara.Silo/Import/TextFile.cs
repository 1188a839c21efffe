using System.IO.Compression;
using System.Text;

namespace Elara.Silo.Import;

/// <summary>A UTF-8 text file, plain or gzip-compressed (recognised by its magic bytes, whatever its name).</summary>
public sealed class TextFile : IDisposable
{
    TextFile(FileStream file, TextReader reader)
    {
        File = file;
        Reader = reader;
    }

    /// <summary>The file on disk, whose position tells how far reading has got (in compressed bytes for gzip).</summary>
    public FileStream File { get; }

    public TextReader Reader { get; }

    public static TextFile Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Stream data = IsGzip(file) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new TextFile(file, new StreamReader(data, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16));
    }

    public void Dispose() => Reader.Dispose();

    static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return isGzip;
    }
}
