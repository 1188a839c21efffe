using System.IO.Compression;
using System.Text;

namespace Elara.Silo.Import;

/// <summary>Reads an Online Retail file, plain CSV or gzip-compressed (recognised by its magic bytes, whatever its name).</summary>
public static class RetailFileReader
{
    const int ProgressEveryRows = 8192;

    /// <summary>
    /// Reads every row; <paramref name="progress"/> hears the bytes of the file read so far and its size. Throws
    /// <see cref="FormatException"/> for a file without the expected header.
    /// </summary>
    public static RetailReadResult Read(string path, bool keepPurchases, Action<long, long>? progress = null)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var data = IsGzip(file) ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : (Stream)file;
        using var text = new StreamReader(data, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var csv = new CsvReader(text);
        var fields = new List<string>();
        if (!csv.TryRead(fields))
        {
            throw new FormatException("The file is empty: it has no header row.");
        }

        var columns = RetailColumns.FromHeader(fields);
        var catalog = new RetailCatalogBuilder(keepPurchases);
        var rejected = new Dictionary<RowRejection, int>();
        var rows = 0;
        while (csv.TryRead(fields))
        {
            if (fields is [""])
            {
                continue;
            }

            rows++;
            if (RetailRowParser.TryParse(fields, columns, out var row, out var rejection))
            {
                catalog.Add(row);
            }
            else
            {
                rejected[rejection] = rejected.GetValueOrDefault(rejection) + 1;
            }

            if (rows % ProgressEveryRows == 0)
            {
                progress?.Invoke(file.Position, file.Length);
            }
        }

        progress?.Invoke(file.Length, file.Length);
        return new RetailReadResult(rows, catalog, rejected);
    }

    static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return isGzip;
    }
}
