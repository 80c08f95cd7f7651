using System.ComponentModel;

namespace GraphKam.Server.Data;

// Stored as their numbers, so that sorting follows the order below (e.g. loyalty from suspicion to advocate).
// The numbers are explicit because rows on disk depend on them.

[Description("The industry of an account: the seven key industries of the KAM plan, and OTHER.")]
public enum Industry
{
    [Description("Government bodies and public administration.")] Government = 1,
    [Description("Schools, universities and education bureaus.")] Education = 2,
    [Description("Commercial enterprises.")] Enterprise = 3,
    [Description("Military and defence.")] Military = 4,
    [Description("Telecom operators.")] Telecom = 5,
    [Description("Power and other utilities.")] Power = 6,
    [Description("Banks, insurers and other financial institutions.")] Finance = 7,
    [Description("Any other industry.")] Other = 8,
}

[Description("The size class of an account.")]
public enum AccountScale
{
    [Description("A Fortune Global 500 company or its subsidiary.")] Fortune500 = 1,
    [Description("A large enterprise or group.")] Large = 2,
    [Description("A small or medium-sized enterprise.")] Sme = 3,
}

[Description("Who serves an account.")]
public enum Coverage
{
    [Description("The field team: the top accounts and class-A VIPs.")] Outside = 1,
    [Description("The phone team: B and C accounts, about 200 per team.")] Inside = 2,
    [Description("A distributor serves the account.")] Channel = 3,
}

[Description("How far an account's loyalty has grown, from suspicion to advocacy.")]
public enum LoyaltyStage
{
    [Description("Doubts us; has not bought.")] Suspicion = 1,
    [Description("Expects something from us; considering a first purchase.")] Expectation = 2,
    [Description("Has bought once.")] FirstPurchase = 3,
    [Description("Buys again.")] RepeatPurchase = 4,
    [Description("Recommends us to others.")] Advocate = 5,
}

[Description("What a person does in the sales organisation.")]
public enum UserRole
{
    [Description("Runs the system.")] Admin = 1,
    [Description("Sales director: sees everything and sets targets.")] Director = 2,
    [Description("Account manager (outside sales): owns key accounts.")] AccountManager = 3,
    [Description("Inside sales: covers B and C accounts by phone.")] InsideSales = 4,
    [Description("A channel partner's user, limited to one distributor.")] Partner = 5,
}
