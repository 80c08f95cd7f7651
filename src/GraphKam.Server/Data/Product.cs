namespace GraphKam.Server.Data;

/// <summary>A product of the catalogue (产品目录): what the company sells, by family, at a list price.</summary>
public sealed class Product : IVersioned
{
    public int Id { get; set; }

    /// <summary>The product's short code, unique in the catalogue (e.g. <c>CLOUD-ECS</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public required string Family { get; set; }

    /// <summary>The list price per month, in yuan (stored in fen).</summary>
    public decimal ListPrice { get; set; }

    /// <summary>Whether it is still sold: an inactive product is kept for the accounts that use it, but not added anew.</summary>
    public bool Active { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}
