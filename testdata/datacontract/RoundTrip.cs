// RoundTrip reads every *.xml file of a directory with .NET's
// DataContractSerializer as an Order and writes it back, under the same
// name, to another directory. Its [DataContract] classes are the contract
// equivalents of spec.yaml: norcegen's DataContract form of that spec must
// survive the trip with every field.
//
// Build: scripts/mono/build.sh OUT.exe. Run: mono OUT.exe IN-DIR OUT-DIR.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization;

namespace Norcegen.DataContractTest
{
    [DataContract(Namespace = "urn:norcegen:test:base")]
    public class Entity
    {
        [DataMember] public long Id;
        [DataMember] public DateTime? Created;
        [DataMember(Order = 1)] public int Version;
    }

    [DataContract(Namespace = "urn:norcegen:test:shop")]
    public class Order : Entity
    {
        [DataMember] public string Number;
        [DataMember] public decimal Total;
        [DataMember] public Guid? Key;
        [DataMember] public bool Paid;
        [DataMember] public double? Weight;
        [DataMember] public float? Ratio;
        [DataMember] public long Count;
        [DataMember] public Status? Status;
        [DataMember] public Kind Kind;
        [DataMember] public DateTime? Shipped;
        [DataMember] public List<string> Tags;
        [DataMember] public List<int> Counts;
        [DataMember] public List<Guid> Keys;
        [DataMember] public List<Status> Statuses;
        [DataMember] public List<Line> Lines;
        [DataMember] public List<List<string>> Matrix;
        [DataMember] public Dictionary<string, string> Notes;
        [DataMember] public Shipment Shipment;
        [DataMember] public Channel Channel;
        [DataMember(Order = 1)] public string Code;
        [DataMember(Order = 2)] public int Priority;
    }

    [DataContract(Namespace = "urn:norcegen:test:items")]
    public enum Status
    {
        [EnumMember] Open = 0,
        [EnumMember] Shipped = 1,
        [EnumMember] Canceled = 2,
    }

    [DataContract(Namespace = "urn:norcegen:test")]
    public enum Kind
    {
        [EnumMember] Retail = 1,
        [EnumMember] Wholesale = 2,
    }

    [DataContract(Namespace = "urn:norcegen:test")]
    public enum Channel
    {
        [EnumMember] web = 0,
        [EnumMember] store = 1,
    }

    [DataContract(Namespace = "urn:norcegen:test:items")]
    public class Line
    {
        [DataMember] public string Sku;
        [DataMember] public int Quantity;
        [DataMember] public decimal? Price;
        [DataMember] public List<string> Options;
        [DataMember] public List<Line> Children;
    }

    [DataContract(Namespace = "urn:norcegen:test:base")]
    public class Tracked
    {
        [DataMember] public string TrackingId;
        [DataMember(Order = 1)] public string Carrier;
    }

    [DataContract(Namespace = "urn:norcegen:test:shop")]
    public class Shipment : Tracked
    {
        [DataMember] public double? Weight;
        [DataMember] public string Address;
    }

    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length != 2)
            {
                Console.Error.WriteLine("usage: mono RoundTrip.exe IN-DIR OUT-DIR");
                return 2;
            }
            var serializer = new DataContractSerializer(typeof(Order));
            var files = Directory.GetFiles(args[0], "*.xml");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var path in files)
            {
                try
                {
                    Order order;
                    using (var input = File.OpenRead(path))
                    {
                        order = (Order)serializer.ReadObject(input);
                    }
                    using (var output = File.Create(Path.Combine(args[1], Path.GetFileName(path))))
                    {
                        serializer.WriteObject(output, order);
                    }
                }
                catch (Exception e)
                {
                    Console.Error.WriteLine("{0}: {1}", Path.GetFileName(path), e);
                    return 1;
                }
            }
            return 0;
        }
    }
}
