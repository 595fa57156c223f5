import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Filling script placeholders")
struct ScriptRenderTests {
    let wang = Customer(name: "王芳", surname: "王", honorific: "女士", phone: "13800000000")
    let smith = Customer(name: "Anna Smith", surname: "Smith", honorific: "Ms", phone: "555")
    let kim = Customer(name: "김민수", surname: "김", phone: "010")

    func step(_ script: String, _ step: String) throws -> ScriptStep {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        return try #require(library.script(script)?.step(step))
    }

    @Test func openingInEachLanguage() throws {
        let greet = try step("opening", "greet")
        let zh = greet.rendered(in: ScriptContext(language: .zh, agentName: "李娜", agentNumber: "1024", company: "华安家电"))
        #expect(zh.say == RenderedLine(text: "您好！这里是华安家电客户服务中心，我是1024号客服代表李娜，很高兴为您服务。请问有什么可以帮您？", missing: []))
        let en = greet.rendered(in: ScriptContext(language: .en, agentName: "Tom", agentNumber: "7", company: "Acme"))
        #expect(en.say?.text == "Thank you for calling Acme customer service. My name is Tom, agent number 7. How may I help you today?")
        #expect(en.branches == [RenderedBranch(key: "g", label: "The caller greets you first")])
    }

    @Test func addressUsesSurnameAndHonorificInTheLanguagesOrder() throws {
        let address = try step("name-learned", "address")
        #expect(address.rendered(in: ScriptContext(language: .zh, customer: wang)).say?.text == "好的，王女士，谢谢您。请您放心，您的事情我来为您处理。")
        #expect(address.rendered(in: ScriptContext(language: .en, customer: smith)).say?.text == "Thank you, Ms Smith. I'll take care of this for you.")
        #expect(address.rendered(in: ScriptContext(language: .ko, customer: kim)).say?.text.hasPrefix("네, 김 고객님, 감사합니다.") == true)
        #expect(address.rendered(in: ScriptContext(language: .en, customer: smith)).note?.text == "From now until the end of the call, address the caller as Ms Smith.")
    }

    @Test func unknownValuesAreSaidWithTheScriptsFallbackAndListed() throws {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        let complaint = try #require(library.script("complaint"))
        let promise = try #require(complaint.step("promise"))
        let line = promise.rendered(in: ScriptContext(language: .en, promisedTime: "Friday 18:00"), fallbacks: complaint.fallbacks).say
        #expect(line?.text == "We will have this resolved by Friday 18:00. Your complaint number is on its way to you by text message. I will call you myself to tell you how it is going.")
        #expect(line?.missing == [.reference])
        let repair = try #require(library.script("follow-up-repair"))
        let introduce = ScriptRun(script: repair).render(try #require(repair.step("introduce")), context: ScriptContext(language: .zh))
        #expect(introduce.say?.text == "您好，请问是机主本人吗？我是我们客服中心的客服代表，关于您产品的维修，给您回个电话。")
        #expect(introduce.say?.missing == [.address, .company, .agent, .product])
        for script in library.scripts {
            for step in script.steps {
                for language in Language.allCases {
                    let rendered = ScriptRun(script: script).render(step, context: ScriptContext(language: language))
                    for text in [rendered.say, rendered.neverSay, rendered.note].compactMap({ $0?.text }) + rendered.branches.map(\.label) {
                        #expect(!text.contains("‹") && !text.contains("{"), "\(script.id)/\(step.id)/\(language): \(text)")
                    }
                }
            }
        }
    }

    @Test func aPlaceholderWithNoFallbackAtAllIsMarked() {
        let nameless = ScriptContext(language: .zh, customer: Customer(name: "", phone: "1")).fill("{address}，{surname}{honorific}")
        #expect(nameless == RenderedLine(text: "‹address›，‹surname›‹honorific›", missing: [.address, .surname, .honorific]))
        let withFallback = ScriptContext(language: .en).fill("Hello {address}", fallbacks: [.address: LocalizedText([.zh: "您", .en: "there", .ko: "고객님"])])
        #expect(withFallback == RenderedLine(text: "Hello there", missing: [.address]))
    }

    @Test func textWithoutPlaceholdersAndStrayBracesIsKept() {
        let context = ScriptContext(language: .en, agentName: "Tom")
        #expect(context.fill("no placeholders").text == "no placeholders")
        #expect(context.fill("{agent} {agent}").text == "Tom Tom")
        #expect(context.fill("set {x} and {").text == "set {x} and {")
    }

    @Test func runRendersItsCurrentStep() throws {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        let run = ScriptRun(script: try #require(library.script("silent-line")))
        let rendered = run.render(run.currentStep, context: ScriptContext(language: .ko))
        #expect(rendered.say?.text == "안녕하세요, 무엇을 도와드릴까요?")
        #expect(rendered.neverSay?.text == "여보세요? 말 좀 하세요!")
        #expect(rendered.wait == ScriptWait(seconds: 5, then: .advance))
    }
}
