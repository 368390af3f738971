import Foundation
import PerfPlanCore

@testable import PerfPlanIO

/// A small valid dataset as CSV text, and helpers to load variants of it from a temp folder.
enum Fixture {
    static let employees = """
        employee_id,name,title,role,department,manager_id,email,hire_date,location
        M1,"Núñez, Ana",Head of Sales,Sales Manager,Sales,,ana@example.com,2019-03-01,Madrid
        E1,Bob Stone,Representative,Sales Representative,Sales,M1,bob@example.com,2022-06-15,Madrid
        E2,"Chloé ""Cleo"" Martin",Representative,Sales Representative,Sales,M1,,,
        """
    static let indicators = """
        indicator_id,name,unit,direction,kind,scale_min,scale_max,weight,threshold,critical,category,description
        sales_revenue,Sales revenue,EUR,higher,quantitative,,,3,,true,sales,Monthly booked revenue
        report_delay_days,Report delay,days,lower,,,,1,5,false,delivery,Days late
        csat,Customer rating,rating,higher,qualitative,1,5,2,1,,quality,
        """
    static let targets = """
        indicator_id,scope,period,target,threshold,weight
        sales_revenue,*,*,200000,,
        sales_revenue,role:Sales Representative,2026-01..2026-12,210000,,
        sales_revenue,employee:E1,2026-10,220000,10000,4
        report_delay_days,department:Sales,*,0,,
        csat,*,*,4,,
        """
    static let actuals = """
        employee_id,indicator_id,period,value,note,source
        E1,sales_revenue,2026-09,205000,,CRM
        E1,sales_revenue,2026-10,219000,"good month, finally",CRM
        E2,report_delay_days,2026-10,2,,finance
        E2,csat,2026-10,3.5,,survey
        """
    static let benchmarks = """
        indicator_id,value,scope,source
        sales_revenue,300000,,market study
        sales_revenue,250000,region-south,
        """
    static let plans = """
        employee_id,cycle,start,end,outcome
        E2,1,2026-01,2026-03,extended
        """
    static let notes = """
        employee_id,period,kind,text,category
        E2,2026-10,cause,"Reports wait for data from finance",external
        """

    static var csvFiles: [String: String] {
        [
            "employees.csv": employees, "indicators.csv": indicators, "targets.csv": targets, "actuals.csv": actuals,
            "benchmarks.csv": benchmarks, "plans.csv": plans, "notes.csv": notes,
        ]
    }

    /// Writes `files` into a fresh temporary folder and loads it.
    static func load(_ files: [String: String]) throws -> LoadResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return DatasetLoader.load(directory: dir.path)
    }

    /// The base fixture with one file replaced (or removed with nil); returns the messages.
    static func messages(replacing name: String, with text: String?) throws -> [String] {
        var files = csvFiles
        files[name] = text
        return try load(files).diagnostics.map(\.description)
    }
}
