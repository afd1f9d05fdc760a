namespace DxMonitor.Domain.Calendar;

/// <summary>Why a weekday is not a working day.</summary>
public enum Holiday
{
    /// <summary>Tết Dương lịch, 1 January.</summary>
    NewYear,

    /// <summary>Tết Âm lịch: five days, the last day of the lunar year and the first four of the new one by default.</summary>
    LunarNewYear,

    /// <summary>Giỗ Tổ Hùng Vương, the 10th day of the third lunar month.</summary>
    HungKings,

    /// <summary>Ngày Chiến thắng, 30 April.</summary>
    ReunificationDay,

    /// <summary>Ngày Quốc tế lao động, 1 May.</summary>
    LabourDay,

    /// <summary>Quốc khánh: 2 September and, by default, the day before.</summary>
    NationalDay,

    /// <summary>Nghỉ bù: the working day after a holiday that fell on a weekend.</summary>
    Compensatory,

    /// <summary>A day off the government announced for the year (a swap or an extra day), entered by an administrator.</summary>
    Announced,
}
