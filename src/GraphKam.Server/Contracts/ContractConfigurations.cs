using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Contracts;

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> contract)
    {
        contract.HasOne(c => c.Account).WithMany(a => a.Contracts).HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        contract.HasOne(c => c.SignedBy).WithMany().HasForeignKey(c => c.SignedById).OnDelete(DeleteBehavior.SetNull);
        contract.HasOne(c => c.RenewalOpportunity).WithMany().HasForeignKey(c => c.RenewalOpportunityId).OnDelete(DeleteBehavior.SetNull);
        contract.HasOne(c => c.RenewalOf).WithMany().HasForeignKey(c => c.RenewalOfId).OnDelete(DeleteBehavior.SetNull);
        contract.HasIndex(c => c.Number).IsUnique();
        // A contract is renewed by one successor at most, and a deal renews one contract at most.
        contract.HasIndex(c => c.RenewalOfId).IsUnique();
        contract.HasIndex(c => c.RenewalOpportunityId).IsUnique();
        contract.HasIndex(c => new { c.AccountId, c.EndsOn });
        // contractsExpiring: by end, among the states still to renew.
        contract.HasIndex(c => new { c.EndsOn, c.RenewalState });
        contract.HasIndex(c => c.SignedById);
        contract.Property(c => c.Number).HasMaxLength(ContractLimits.NumberLength);
        contract.Property(c => c.Value).HasConversion(MoneyConverter.Instance);
        contract.Property(c => c.CreatedBy).HasMaxLength(320);
        contract.Property(c => c.Version).IsConcurrencyToken();
    }
}

public sealed class ContractProductConfiguration : IEntityTypeConfiguration<ContractProduct>
{
    public void Configure(EntityTypeBuilder<ContractProduct> covered)
    {
        covered.HasKey(p => new { p.ContractId, p.ProductId });
        covered.HasOne(p => p.Contract).WithMany(c => c.Products).HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
        covered.HasOne(p => p.Product).WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        covered.HasIndex(p => p.ProductId);
    }
}
