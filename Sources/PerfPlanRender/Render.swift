import PerfPlanCore
import CLibXML2
