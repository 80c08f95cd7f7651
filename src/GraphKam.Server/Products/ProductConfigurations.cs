using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Products;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.HasIndex(p => p.Code).IsUnique();
        // White space lists the active catalogue by family and name.
        product.HasIndex(p => new { p.Active, p.Family, p.Name });
        product.Property(p => p.Code).HasMaxLength(ProductLimits.CodeLength);
        product.Property(p => p.Name).HasMaxLength(ProductLimits.NameLength);
        product.Property(p => p.Family).HasMaxLength(ProductLimits.FamilyLength);
        product.Property(p => p.ListPrice).HasConversion(MoneyConverter.Instance);
        product.Property(p => p.Version).IsConcurrencyToken();
    }
}

public sealed class AccountProductConfiguration : IEntityTypeConfiguration<AccountProduct>
{
    public void Configure(EntityTypeBuilder<AccountProduct> use)
    {
        use.HasOne(p => p.Account).WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
        use.HasOne(p => p.Product).WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Account.products and the count in use read an account's rows; the overlap check an account's product.
        use.HasIndex(p => new { p.AccountId, p.ProductId, p.Since });
        use.HasIndex(p => p.ProductId);
        use.Property(p => p.MonthlyValue).HasConversion(MoneyConverter.Instance);
        use.Property(p => p.AddedBy).HasMaxLength(320);
        use.Property(p => p.EndedBy).HasMaxLength(320);
        use.Property(p => p.Version).IsConcurrencyToken();
    }
}
