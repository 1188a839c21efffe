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
        using var text = TextFile.Open(path);
        var file = text.File;
        var csv = new CsvReader(text.Reader);
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
}
