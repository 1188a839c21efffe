using Elara.Silo.Import;
using Shouldly;

namespace Elara.Silo.Tests.Import;

public sealed class CsvReaderTests
{
    [Fact]
    public void Reads_plain_fields_and_empty_ones()
    {
        Read("a,b,,d\n1,2,3,\n").ShouldBe([["a", "b", "", "d"], ["1", "2", "3", ""]]);
    }

    [Fact]
    public void A_quoted_field_keeps_commas_doubled_quotes_and_line_breaks()
    {
        Read("900001,\"TIN SIGN,SEASIDE\",2\r\n1,\"PHOTO FRAME 5\"\" SQUARE\",\"two\nlines\"\r\n")
            .ShouldBe([["900001", "TIN SIGN,SEASIDE", "2"], ["1", "PHOTO FRAME 5\" SQUARE", "two\nlines"]]);
    }

    [Fact]
    public void The_last_record_needs_no_line_break_and_crlf_and_lf_both_end_records()
    {
        Read("a,b\r\nc,d\ne,f").ShouldBe([["a", "b"], ["c", "d"], ["e", "f"]]);
    }

    [Fact]
    public void A_blank_line_is_one_empty_field_and_an_empty_input_has_no_records()
    {
        Read("a\n\nb\n").ShouldBe([["a"], [""], ["b"]]);
        Read("").ShouldBeEmpty();
    }

    [Fact]
    public void Text_after_a_closing_quote_and_an_unterminated_quote_are_kept_as_data()
    {
        Read("\"ab\"c,d\n\"open,end").ShouldBe([["abc", "d"], ["open,end"]]);
    }

    [Fact]
    public void Records_longer_than_the_read_buffer_are_read_whole()
    {
        var longField = new string('x', 200_000);
        Read($"\"{longField}\",y\n").ShouldBe([[longField, "y"]]);
    }

    static List<List<string>> Read(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<List<string>>();
        var fields = new List<string>();
        while (reader.TryRead(fields))
        {
            records.Add([.. fields]);
        }

        return records;
    }
}
