namespace Elara.Silo.Import;

/// <summary>
/// Puts a product of the UCI Online Retail shop (a UK gift wholesaler) into a category from its description, e.g.
/// "IVORY HANGING STAR T-LIGHT HOLDER" → Lighting. Rules are tried in order and the first with a matching word wins,
/// so the more telling words come first: a "CHRISTMAS LANTERN" is Christmas stock, a "PARTY CANDLE" is for a party.
/// A keyword matches a whole word, also with a plural S or ES; a keyword of several words matches them in sequence.
/// </summary>
public static class RetailCategoryRules
{
    public const string Other = "Other";

    static readonly (string Category, string[][] Keywords)[] Rules =
    [
        Rule("Christmas", "CHRISTMAS", "XMAS", "ADVENT", "SANTA", "REINDEER", "SNOWFLAKE", "SNOWMAN", "NATIVITY", "BAUBLE", "TINSEL",
            "ELF"),
        Rule("Party", "PARTY", "BALLOON", "BUNTING", "CONFETTI", "BANNER", "PINATA", "GARLAND", "CRACKER", "EASTER"),
        Rule("Lighting", "LANTERN", "LIGHT", "CANDLE", "TEALIGHT", "LAMP", "NIGHTLIGHT", "LED", "CHANDELIER", "CANDLESTICK", "LAMPSHADE",
            "CANDLEHOLDER"),
        Rule("Bags", "BAG", "TOTE", "SHOPPER", "PURSE", "HANDBAG", "BACKPACK", "RUCKSACK", "WASHBAG"),
        Rule("Toys & Games", "TOY", "GAME", "PUZZLE", "JIGSAW", "DOLL", "DOLLY", "DOMINO", "PLAYING CARDS", "SKITTLES", "SKIPPING ROPE",
            "TEDDY", "KITE", "MARBLES", "SOLDIER", "BLOCKS", "CRAYONS", "COLOURING", "PLAYHOUSE", "SPINNING TOP", "YOYO",
            "SNAKES AND LADDERS", "BINGO", "INFLATABLE", "HELICOPTER", "BALL", "MAGIC", "CRAFT", "FELTCRAFT"),
        Rule("Kitchen & Dining", "MUG", "CUP", "SAUCER", "CAKE", "CAKESTAND", "TEA", "TEAPOT", "TEACUP", "COFFEE", "JAR", "PLATE", "BOWL",
            "SPOON", "CUTLERY", "FORK", "KNIFE", "BAKING", "NAPKIN", "JUG", "TRAY", "APRON", "OVEN GLOVE", "LUNCH BOX", "BOTTLE OPENER",
            "EGG", "PANTRY", "MOULD", "POPCORN", "BISCUIT", "CHOPSTICKS", "COASTER", "TUMBLER", "BEAKER", "COLANDER", "SCALES", "PLACEMAT",
            "RECIPE", "KITCHEN", "DINNER", "BREAKFAST", "SUGAR", "MILK", "PICNIC", "BUTTER"),
        Rule("Stationery & Gift Wrap", "CARD", "WRAP", "PAPER", "NOTEBOOK", "NOTEPAD", "NOTE", "PENCIL", "PEN", "STICKER", "ENVELOPE",
            "TAPE", "RIBBON", "BOOK", "JOURNAL", "ERASER", "RUBBER", "STAMP", "TISSUE", "GIFT TAG", "TAG", "CALENDAR", "DIARY", "CRAYON",
            "SHARPENER", "RULER", "CHALK", "MAGNET", "POSTCARD", "ORGANISER", "BOOKMARK", "SCISSOR", "STATIONERY", "SKETCHBOOK", "DRAWING",
            "HOLE PUNCH"),
        Rule("Bath & Beauty", "SOAP", "BATH", "BATHROOM", "TOILET", "SPONGE", "TOOTHBRUSH", "TOWEL", "MIRROR", "COMPACT", "MAKE UP",
            "LIP GLOSS", "NAIL", "PLASTERS", "SHOWER", "HOT WATER BOTTLE"),
        Rule("Jewellery & Accessories", "NECKLACE", "BRACELET", "EARRINGS", "RING", "BROOCH", "HAIR", "HAIRCLIP", "CLIP", "SLIDE",
            "UMBRELLA", "SCARF", "KEYRING", "KEY RING", "CHARM", "JEWELLERY", "PENDANT", "BEADS", "GLOVES", "HAT", "TIARA", "BANGLE",
            "BAND", "COMB", "PARASOL", "FAN", "HAIRSLIDE", "HAIRGRIP", "PASSPORT", "KEY CHAIN", "WALLET"),
        Rule("Home Decor", "FRAME", "CLOCK", "SIGN", "HEART", "DOORSTOP", "DOOR STOP", "WREATH", "ORNAMENT", "DECORATION", "VASE", "HOOK",
            "HANGER", "DOORMAT", "PLAQUE", "KNOB", "TRINKET", "CHALKBOARD", "BLACKBOARD", "WALL ART", "MOBILE", "CHIME", "BELL", "CUSHION",
            "THROW", "PHOTO", "PICTURE", "STAR", "BUNNY", "CURTAIN", "SHELF", "TABLE", "CHAIR", "STOOL", "DRAWER", "CABINET", "FEATHER",
            "FLOWER", "INCENSE", "OIL BURNER", "FRAGRANCE", "PAPERWEIGHT", "TILE", "LETTERS", "DISH", "SHELL"),
        Rule("Garden", "GARDEN", "PLANT", "PLANTER", "POT", "WATERING CAN", "BIRD", "BIRDHOUSE", "BIRD HOUSE", "SEED", "HERB", "GNOME",
            "TROWEL", "GREENHOUSE", "WINDMILL", "SPADE", "FLOWERPOT", "WATERING"),
        Rule("Textiles", "BLANKET", "QUILT", "FABRIC", "FELT", "KNITTED", "WARMER", "PATCH", "SEWING", "CROCHET", "LINEN", "COSY"),
        Rule("Storage", "BOX", "TIN", "BASKET", "CRATE", "STORAGE", "CHEST", "CASE", "HOLDER", "RACK", "STAND", "BUCKET", "BIN", "HAMPER",
            "SACK"),
    ];

    /// <summary>The category for a description (any case); <see cref="Other"/> when no rule matches.</summary>
    public static string CategoryFor(string description)
    {
        var words = Words(description);
        foreach (var (category, keywords) in Rules)
        {
            if (keywords.Any(keyword => Contains(words, keyword)))
            {
                return category;
            }
        }

        return Other;
    }

    static (string, string[][]) Rule(string category, params string[] keywords) =>
        (category, [.. keywords.Select(k => k.Split(' '))]);

    static bool Contains(List<string> words, string[] keyword)
    {
        for (var start = 0; start + keyword.Length <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < keyword.Length && all; i++)
            {
                all = Matches(words[start + i], keyword[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    static bool Matches(string word, string keyword) =>
        word == keyword
        || (word.Length == keyword.Length + 1 && word.StartsWith(keyword, StringComparison.Ordinal) && word[^1] == 'S')
        || (word.Length == keyword.Length + 2 && word.StartsWith(keyword, StringComparison.Ordinal) && word.EndsWith("ES", StringComparison.Ordinal));

    /// <summary>Upper-case runs of letters and digits: "T-LIGHT" is T and LIGHT, "50'S" is 50 and S.</summary>
    static List<string> Words(string description)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= description.Length; i++)
        {
            var inWord = i < description.Length && char.IsLetterOrDigit(description[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(description[start..i].ToUpperInvariant());
                start = -1;
            }
        }

        return words;
    }
}
