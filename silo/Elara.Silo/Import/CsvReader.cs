using System.Text;

namespace Elara.Silo.Import;

/// <summary>
/// Reads delimited records (RFC 4180; comma by default, tab for TSV): a field may be quoted, and inside quotes a doubled
/// quote is one quote while delimiters and line breaks are data. Records end at \n or \r\n. Text after a closing quote
/// is kept rather than refused, since hand-edited exports contain it.
/// </summary>
public sealed class CsvReader(TextReader reader, char delimiter = ',')
{
    const int End = -1;
    readonly char[] buffer = new char[1 << 16];
    readonly StringBuilder field = new();
    int position;
    int length;

    /// <summary>Reads the next record into <paramref name="fields"/> (cleared first); false at the end of the input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        if (Peek() == End)
        {
            return false;
        }

        while (true)
        {
            field.Clear();
            var c = Next();
            if (c == '"')
            {
                ReadQuoted();
                c = Next();
            }

            while (c != delimiter && c is not ('\n' or '\r' or End))
            {
                field.Append((char)c);
                c = Next();
            }

            fields.Add(field.ToString());
            if (c == delimiter)
            {
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                Next();
            }

            return true;
        }
    }

    /// <summary>Reads up to the closing quote (or the end of the input, for an unterminated field).</summary>
    void ReadQuoted()
    {
        while (Next() is var c and not End)
        {
            if (c != '"')
            {
                field.Append((char)c);
            }
            else if (Peek() == '"')
            {
                field.Append('"');
                Next();
            }
            else
            {
                return;
            }
        }
    }

    int Peek()
    {
        if (position == length)
        {
            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            if (length == 0)
            {
                return End;
            }
        }

        return buffer[position];
    }

    int Next()
    {
        var c = Peek();
        if (c != End)
        {
            position++;
        }

        return c;
    }
}
