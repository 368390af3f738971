import PerfPlanCore
import Testing

@Suite struct ManagerLabelsTests {
    /// A name two managers share gets the id; a name one manager has (seen twice) does not;
    /// names differing only in case are different names.
    @Test func theIdIsAddedOnlyToASharedName() {
        let labels = ManagerLabels([
            (id: "M1", name: "Ahmed Nair"), (id: "M2", name: "Zoe"), (id: "M3", name: "Ahmed Nair"),
            (id: "M2", name: "Zoe"), (id: "M4", name: "ahmed nair"),
        ])
        #expect(labels.label(id: "M1", name: "Ahmed Nair") == "Ahmed Nair (M1)")
        #expect(labels.label(id: "M3", name: "Ahmed Nair") == "Ahmed Nair (M3)")
        #expect(labels.label(id: "M2", name: "Zoe") == "Zoe")
        #expect(labels.label(id: "M4", name: "ahmed nair") == "ahmed nair")
    }
}
