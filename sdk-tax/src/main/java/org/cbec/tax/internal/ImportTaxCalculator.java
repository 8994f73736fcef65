package org.cbec.tax.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cbec.tax.CnyAmounts;
import org.cbec.tax.GoodsLine;
import org.cbec.tax.LimitStatus;
import org.cbec.tax.LineTax;
import org.cbec.tax.TaxAmounts;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxLimits;
import org.cbec.tax.TaxRates;
import org.cbec.tax.TaxableParcel;

/** The comprehensive import tax of a parcel (跨境电商零售进口综合税). */
public final class ImportTaxCalculator {

    private static final MathContext MC = MathContext.DECIMAL128;

    private ImportTaxCalculator() {
    }

    /** Where a parcel of this value stands for a buyer who imported {@code yearToDate} this year. */
    public static LimitStatus limitStatus(TaxableParcel parcel, BigDecimal yearToDate, TaxLimits limits) {
        BigDecimal value = parcel.dutiableValue();
        if (yearToDate.add(value).compareTo(limits.annual()) > 0) {
            return LimitStatus.OVER_ANNUAL_LIMIT;
        }
        if (value.compareTo(limits.singleTransaction()) <= 0) {
            return LimitStatus.WITHIN_LIMITS;
        }
        return parcel.singleIndivisibleItem() ? LimitStatus.INDIVISIBLE_ITEM_OVER_SINGLE_LIMIT : LimitStatus.OVER_SINGLE_LIMIT;
    }

    /** The assessment of {@code parcel}; {@code rates} gives each line's rates. */
    public static TaxAssessment assess(TaxableParcel parcel, BigDecimal yearToDate, TaxLimits limits,
                                       Function<GoodsLine, TaxRates> rates) {
        BigDecimal ytd = CnyAmounts.exactFen("yearToDate", yearToDate);
        LimitStatus status = limitStatus(parcel, ytd, limits);
        List<GoodsLine> lines = parcel.lines();
        List<BigDecimal> values = lines.stream().map(GoodsLine::value).toList();
        List<BigDecimal> freight = Allocation.proportional(parcel.freight(), values);
        List<BigDecimal> insurance = Allocation.proportional(parcel.insurance(), values);
        List<LineTax> taxes = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            GoodsLine line = lines.get(i);
            taxes.add(lineTax(line, rates.apply(line), freight.get(i), insurance.get(i), status.preferential(),
                    limits.preferentialFactor()));
        }
        return new TaxAssessment(parcel, status, ytd, taxes);
    }

    static LineTax lineTax(GoodsLine line, TaxRates r, BigDecimal freight, BigDecimal insurance, boolean preferential,
                           BigDecimal factor) {
        BigDecimal dutiable = line.value().add(freight).add(insurance);
        BigDecimal duty = preferential ? BigDecimal.ZERO : CnyAmounts.fen(dutiable.multiply(r.dutyRate()));
        BigDecimal specific = line.taxQuantity().multiply(r.consumptionPerUnit());
        BigDecimal consumption = specific;
        if (r.consumptionRate().signum() > 0) {
            BigDecimal base = dutiable.add(duty).add(specific).divide(BigDecimal.ONE.subtract(r.consumptionRate()), MC);
            consumption = base.multiply(r.consumptionRate()).add(specific);
        }
        BigDecimal consumptionFen = CnyAmounts.fen(consumption);
        BigDecimal vat = dutiable.add(duty).add(consumptionFen).multiply(r.vatRate());
        TaxAmounts statutory = new TaxAmounts(duty, consumptionFen, CnyAmounts.fen(vat));
        TaxAmounts due = preferential
                ? new TaxAmounts(BigDecimal.ZERO, consumption.multiply(factor), vat.multiply(factor))
                : statutory;
        return new LineTax(line.itemNo(), r, line.value(), freight, insurance, dutiable, statutory, due);
    }
}
