package org.cbec.fx;

import java.time.LocalDate;
import java.util.Objects;
import org.cbec.core.validation.Sensitivity;

/**
 * A seller's registration on SAFE's list of trade FX enterprises and individuals (贸易外汇收支名录登记), as a
 * platform in a pilot zone passes it on for its sellers.
 *
 * <p>An individual seller registered for e-commerce settlement ({@link #ecommerceSettlement()}) settles trade
 * receipts through a personal FX settlement account outside the 50,000 USD annual convenience quota; see
 * {@link PersonalQuotaTracker}. {@link #toString()} masks personal values.
 *
 * <pre>{@code
 * TradeFxRegistration seller = TradeFxRegistration.builder()
 *         .registrantType(TradeFxRegistration.RegistrantType.INDIVIDUAL).name("李四")
 *         .idType("1").idNumber("110101199003074514").telephone("13522652231")
 *         .address("浙江省杭州市…").platformCode("3301960XYZ").platformName("某平台").sellerId("shop-88")
 *         .registeredOn(LocalDate.of(2026, 3, 1)).ecommerceSettlement(true).build();
 * }</pre>
 *
 * @param registrantType enterprise or individual
 * @param name enterprise name or the individual's name (personal for individuals)
 * @param idType identity type: customs 证件类型 code for individuals ({@code 1} resident ID), {@code USCC} for enterprises
 * @param idNumber unified social credit code (统一社会信用代码) or identity number (personal for individuals)
 * @param telephone contact telephone (personal)
 * @param address business or domicile address (personal for individuals)
 * @param platformCode the platform's customs registration code (电商平台代码) passing the registration on
 * @param platformName the platform's name
 * @param sellerId the seller's account on the platform
 * @param registeredOn the registration date
 * @param ecommerceSettlement whether an individual is registered to settle e-commerce trade receipts
 *        through a personal FX settlement account (outside the convenience quota); always {@code false} for
 *        enterprises
 */
public record TradeFxRegistration(
        RegistrantType registrantType,
        String name,
        String idType,
        String idNumber,
        String telephone,
        String address,
        String platformCode,
        String platformName,
        String sellerId,
        LocalDate registeredOn,
        boolean ecommerceSettlement) {

    /** Who is registered. */
    public enum RegistrantType {
        /** An enterprise, identified by its unified social credit code. */
        ENTERPRISE,
        /** An individual seller (个人对外贸易经营者 / individual e-commerce seller). */
        INDIVIDUAL
    }

    /** Type, name, identity number, platform code and date are required; only individuals settle as individuals. */
    public TradeFxRegistration {
        Objects.requireNonNull(registrantType, "registrantType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(platformCode, "platformCode");
        Objects.requireNonNull(registeredOn, "registeredOn");
        if (ecommerceSettlement && registrantType != RegistrantType.INDIVIDUAL) {
            throw new IllegalArgumentException("only an individual settles through a personal FX settlement account");
        }
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Personal values are masked. */
    @Override
    public String toString() {
        boolean person = registrantType == RegistrantType.INDIVIDUAL;
        return "TradeFxRegistration[registrantType=" + registrantType
                + ", name=" + (person ? Sensitivity.NAME.mask(name) : name) + ", idType=" + idType
                + ", idNumber=" + (person ? Sensitivity.ID_NUMBER.mask(idNumber) : idNumber)
                + ", telephone=" + Sensitivity.PHONE.mask(telephone)
                + ", address=" + (person ? Sensitivity.ADDRESS.mask(address) : address)
                + ", platformCode=" + platformCode + ", platformName=" + platformName + ", sellerId=" + sellerId
                + ", registeredOn=" + registeredOn + ", ecommerceSettlement=" + ecommerceSettlement + "]";
    }

    /** Builder of {@link TradeFxRegistration}. */
    public static final class Builder {
        private RegistrantType registrantType;
        private String name;
        private String idType;
        private String idNumber;
        private String telephone;
        private String address;
        private String platformCode;
        private String platformName;
        private String sellerId;
        private LocalDate registeredOn;
        private boolean ecommerceSettlement;

        private Builder() {
        }

        /** Sets who is registered. */
        public Builder registrantType(RegistrantType v) { registrantType = v; return this; }
        /** Sets the name. */
        public Builder name(String v) { name = v; return this; }
        /** Sets the identity type. */
        public Builder idType(String v) { idType = v; return this; }
        /** Sets the credit code or identity number. */
        public Builder idNumber(String v) { idNumber = v; return this; }
        /** Sets the contact telephone. */
        public Builder telephone(String v) { telephone = v; return this; }
        /** Sets the address. */
        public Builder address(String v) { address = v; return this; }
        /** Sets the platform's code. */
        public Builder platformCode(String v) { platformCode = v; return this; }
        /** Sets the platform's name. */
        public Builder platformName(String v) { platformName = v; return this; }
        /** Sets the seller's account on the platform. */
        public Builder sellerId(String v) { sellerId = v; return this; }
        /** Sets the registration date. */
        public Builder registeredOn(LocalDate v) { registeredOn = v; return this; }
        /** Sets whether an individual settles e-commerce receipts outside the quota. */
        public Builder ecommerceSettlement(boolean v) { ecommerceSettlement = v; return this; }

        /** The registration. */
        public TradeFxRegistration build() {
            return new TradeFxRegistration(registrantType, name, idType, idNumber, telephone, address, platformCode,
                    platformName, sellerId, registeredOn, ecommerceSettlement);
        }
    }
}
