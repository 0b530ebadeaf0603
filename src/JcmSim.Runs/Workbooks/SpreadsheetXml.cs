using System.Globalization;
using DocumentFormat.OpenXml;

namespace JcmSim.Runs.Workbooks;

/// <summary>The pieces <see cref="WorkbookWriter"/> and <see cref="WorkbookStyles"/> write elements with: attributes in no namespace, given as text (no typed values to parse), and empty elements.</summary>
internal static class SpreadsheetXml
{
    /// <summary>An attribute in no namespace.</summary>
    public static OpenXmlAttribute Attribute(string name, string value) => new(name, string.Empty, value);

    /// <summary>An attribute in no namespace holding a whole number.</summary>
    public static OpenXmlAttribute Attribute(string name, int value) => Attribute(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes <paramref name="element"/> with <paramref name="attributes"/> and no content.</summary>
    public static void Empty(OpenXmlWriter writer, OpenXmlElement element, params OpenXmlAttribute[] attributes)
    {
        writer.WriteStartElement(element, attributes);
        writer.WriteEndElement();
    }
}
